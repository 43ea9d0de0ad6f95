package org.qinqing.hall.directline;

import java.util.List;

/**
 * What an import did: every good line imported whole, every bad line left out with its reason.
 *
 * @param lines data lines read (the header not counted)
 * @param imported lines imported (new or updated enterprises)
 * @param bad the lines left out
 * @param millis time taken
 */
public record ImportReport(int lines, int imported, List<BadLine> bad, long millis) {

    /**
     * A line left out.
     *
     * @param line its number in the file (1 = first line)
     * @param reason why
     */
    public record BadLine(int line, String reason) {
    }
}
