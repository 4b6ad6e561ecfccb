package chainsim.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven by its chromedriver, both found on this machine (Debian's
 * {@code chromium} and {@code chromium-driver}, or {@code CHAINSIM_CHROMIUM} and
 * {@code CHAINSIM_CHROMEDRIVER}). Nothing is downloaded; without a browser the test fails and
 * says how to get one, because the browser test must run wherever the tests run.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final List<String> DRIVERS = List.of("chromedriver", "/usr/lib/chromium/chromedriver",
      "/usr/lib/chromium-browser/chromedriver");

  /**
   * Collects console errors, uncaught exceptions, failed loads and blocked requests from the first
   * moment of every page, before any of its scripts runs.
   */
  private static final String ERROR_TRAP = String.join("\n",
      "window.__chainsimErrors = [];",
      "(function () {",
      "  var original = console.error;",
      "  console.error = function () {",
      "    window.__chainsimErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));",
      "    return original.apply(console, arguments);",
      "  };",
      "  window.addEventListener('error', function (e) {",
      "    window.__chainsimErrors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href))));",
      "  }, true);",
      "  window.addEventListener('unhandledrejection', function (e) {",
      "    window.__chainsimErrors.push('unhandled rejection: ' + e.reason);",
      "  });",
      "  document.addEventListener('securitypolicyviolation', function (e) {",
      "    window.__chainsimErrors.push('blocked request: ' + e.blockedURI);",
      "  });",
      "})();");

  /**
   * Selenium warns that it has no DevTools bindings for this Chromium's version; the test uses
   * only chromedriver's own CDP endpoint, which needs none. Held so the setting is not collected.
   */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts the browser with a fresh profile in {@code profile}; fails the test when there is none. */
  public static HeadlessChromium start(Path profile) throws IOException {
    String browser = find("CHAINSIM_CHROMIUM", BROWSERS);
    String chromedriver = find("CHAINSIM_CHROMEDRIVER", DRIVERS);
    if (browser == null || chromedriver == null) {
      String variable = browser == null ? "CHAINSIM_CHROMIUM" : "CHAINSIM_CHROMEDRIVER";
      String missing = System.getenv(variable) != null
          ? variable + "=" + System.getenv(variable) + " is not an executable file"
          : (browser == null ? "no chromium" : "no chromedriver") + " found on PATH";
      fail("No headless Chromium for the browser test: " + missing + ". Install Debian's 'chromium' and"
          + " 'chromium-driver' (./run-tests does when it may), or set CHAINSIM_CHROMIUM and CHAINSIM_CHROMEDRIVER"
          + " to a Chromium and its driver.");
    }
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_TRAP));
    return new HeadlessChromium(driver);
  }

  private static String find(String variable, List<String> candidates) {
    String set = System.getenv(variable);
    if (set != null && !set.isBlank()) {
      return Files.isExecutable(Path.of(set)) ? set : null;
    }
    for (String name : candidates) {
      if (name.startsWith("/")) {
        if (Files.isExecutable(Path.of(name))) {
          return name;
        }
        continue;
      }
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a local file. */
  public void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /** Runs a script in the page and returns its value. */
  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /**
   * Opens a page and waits until it has at least {@code atLeast} ECharts containers (those
   * {@code echarts.init} marked) and every one has drawn: pixels on its canvas or shapes in its SVG.
   * Returns how many there are.
   */
  public int openAndWaitForEcharts(Path page, int atLeast) {
    open(page);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60)).until(d -> {
      Object left = script(String.join("\n",
          "if (document.readyState !== 'complete') return -1;",
          "var all = Array.from(document.querySelectorAll('[_echarts_instance_]'));",
          "var blank = all.filter(function (el) {",
          "  var svg = el.querySelector('svg');",
          "  if (svg) return svg.querySelectorAll('path, rect, text').length === 0;",
          "  var c = el.querySelector('canvas');",
          "  if (!c || c.width === 0 || c.height === 0) return true;",
          "  var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;",
          "  for (var i = 3; i < px.length; i += 64) { if (px[i] !== 0) return false; }",
          "  return true;",
          "});",
          "return all.length >= arguments[0] && blank.length === 0 ? all.length : -1;"), atLeast);
      return ((Number) left).intValue() >= 0;
    });
    return ((Number) script("return document.querySelectorAll('[_echarts_instance_]').length;")).intValue();
  }

  /** The files the page asked the browser for (none, for a page that works offline). */
  public Object requests() {
    return script("return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
  }

  /** What went wrong in the page so far: trapped errors and the browser log's errors. */
  public List<String> errors() {
    List<String> errors = new ArrayList<>();
    Object trapped = script("return window.__chainsimErrors || ['the error trap did not run'];");
    if (trapped instanceof List<?> list) {
      list.forEach(e -> errors.add(String.valueOf(e)));
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add("browser log: " + entry.getMessage());
      }
    }
    return errors;
  }

  /** The whole page, not only the window, as a PNG. */
  public void screenshot(Path file) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.getOrDefault("cssContentSize", metrics.get("contentSize"));
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(16_000, ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
