package chainsim.roster.inrc;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A roster in the competition's solution format ({@code <Solution>} with one {@code <Assignment>}
 * of date, employee and shift type per worked day), so that a validator other than
 * {@link InrcCostEvaluator} can score what the solver found.
 */
public final class InrcSolutionWriter {
  private InrcSolutionWriter() {}

  /**
   * @param solution employee id to the shift type id of each day ({@code null} when free), as
   *     {@link InrcRosterMapper#toInrcSolution} gives it
   */
  public static String xml(InrcInstance instance, Map<String, String[]> solution, String competitor, int cost) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("Solution");
      element(xml, "  ", "SchedulingPeriodID", instance.id());
      element(xml, "  ", "Competitor", competitor);
      element(xml, "  ", "SoftConstraintsPenalty", Integer.toString(cost));
      // employees in the instance's order, then days in order: the same roster, the same bytes
      for (InrcInstance.Employee e : instance.employees()) {
        String[] line = solution.get(e.id());
        for (int d = 0; line != null && d < line.length; d++) {
          if (line[d] != null) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("Assignment");
            element(xml, "    ", "Date", instance.startDate().plusDays(d).toString());
            element(xml, "    ", "Employee", e.id());
            element(xml, "    ", "ShiftType", line[d]);
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
          }
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the solution of " + instance.id(), e);
    }
    return text + "\n";
  }

  /** Writes the file through a temporary one beside it, so a failed write leaves no half file. */
  public static void write(Path file, String xml) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, xml, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void element(XMLStreamWriter xml, String indent, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n" + indent);
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
