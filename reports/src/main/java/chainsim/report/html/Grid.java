package chainsim.report.html;

import java.util.List;

/**
 * A grid of small coloured cells with a heading row and a heading column, e.g. a roster: people
 * by days, each cell coloured by its shift, its title saying more on hover. Unlike a {@link
 * chainsim.report.table.Table} its cells are not numbers to format but labels to read at a glance.
 *
 * @param name the grid's {@code data-grid}
 * @param corner the text of the top-left cell
 * @param columns the heading cells of the columns
 * @param rows the rows, each with its heading cell
 */
public record Grid(String name, String corner, List<Cell> columns, List<Row> rows) {
  public Grid {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One cell.
   *
   * @param title shown on hover (newlines allowed), or null
   * @param css extra classes, e.g. {@code "bad"}, or null
   * @param colour a background colour ({@code #rrggbb}), or null
   * @param data the cell's {@code data-cell}, or null
   */
  public record Cell(String text, String title, String css, String colour, String data) {
    public Cell {
      if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
        throw new IllegalArgumentException("a cell colour is #rrggbb, not " + colour);
      }
    }

    public static Cell of(String text) {
      return new Cell(text, null, null, null, null);
    }
  }

  /** A row: its heading cell, its cells (as many as columns) and extra classes for the row, or null. */
  public record Row(Cell head, List<Cell> cells, String css) {
    public Row {
      cells = List.copyOf(cells);
    }
  }
}
