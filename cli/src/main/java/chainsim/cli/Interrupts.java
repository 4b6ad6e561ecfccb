package chainsim.cli;

import chainsim.planning.Cancellation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C as "stop and keep what you have": the first SIGINT cancels the planner's
 * {@link Cancellation} (it stops and writes its best plan), a second one ends the process as usual.
 * A shutdown hook cannot do this: once the JVM shuts down, nothing can be written atomically any
 * more. The handler goes through {@code sun.misc.Signal} (module jdk.unsupported) by reflection, so
 * a JVM without it simply keeps the default behaviour.
 */
final class Interrupts {
  private Interrupts() {}

  /**
   * Installs the handler: the first Ctrl-C runs {@code notice} (what the user is told), then
   * cancels. Returns false when this JVM cannot.
   */
  static boolean cancelOnFirstInterrupt(Cancellation cancellation, Runnable notice) {
    return onFirstInterrupt(() -> {
      notice.run();
      cancellation.cancel();
    });
  }

  private static boolean onFirstInterrupt(Runnable action) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Object signal = signalClass.getConstructor(String.class).newInstance("INT");
      Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
      Object defaultHandler = handlerClass.getField("SIG_DFL").get(null);
      InvocationHandler invocation = new InvocationHandler() {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
          if (method.getName().equals("handle")) {
            handle.invoke(null, signal, defaultHandler); // the next Ctrl-C ends the process
            action.run();
            return null;
          }
          return method.getName().equals("toString") ? "chainsim Ctrl-C handler" : null;
        }
      };
      Object handler = Proxy.newProxyInstance(Interrupts.class.getClassLoader(), new Class<?>[] {handlerClass},
          invocation);
      handle.invoke(null, signal, handler);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
      return false;
    }
  }
}
