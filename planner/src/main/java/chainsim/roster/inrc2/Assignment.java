package chainsim.roster.inrc2;

/** One line of a week's solution: a nurse works a shift with a skill on a day (0 Monday to 6 Sunday). */
public record Assignment(String nurse, int day, String shift, String skill) {
}
