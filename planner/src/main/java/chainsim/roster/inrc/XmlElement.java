package chainsim.roster.inrc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small element tree that remembers the line of every element, so an error in the content
 * (an unknown skill, say) can name the line just as a syntax error does. Read with the JDK's SAX
 * parser, with external entities switched off.
 */
final class XmlElement {

  final String name;
  final int line;
  final Map<String, String> attributes;
  final List<XmlElement> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();

  private XmlElement(String name, int line, Map<String, String> attributes) {
    this.name = name;
    this.line = line;
    this.attributes = attributes;
  }

  String text() {
    return text.toString().trim();
  }

  XmlElement child(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  List<XmlElement> children(String childName) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  static XmlElement parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      SAXParser parser = factory.newSAXParser();
      TreeBuilder builder = new TreeBuilder();
      parser.parse(in, builder);
      if (builder.root == null) {
        throw new InrcFormatException(file, 0, "no XML element found");
      }
      return builder.root;
    } catch (SAXParseException e) {
      throw new InrcFormatException(file, e.getLineNumber(), "malformed XML: " + e.getMessage());
    } catch (SAXException e) {
      throw new InrcFormatException(file, 0, "malformed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new InrcFormatException(file, 0, "cannot read: " + e.getMessage());
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  private static final class TreeBuilder extends DefaultHandler {
    private Locator locator;
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < attrs.getLength(); i++) {
        attributes.put(attrs.getQName(i), attrs.getValue(i));
      }
      XmlElement element = new XmlElement(qName, locator == null ? 0 : locator.getLineNumber(), attributes);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }
  }
}
