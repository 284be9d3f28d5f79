package no.nav.overgang.metrics.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the analysis input: a header naming the columns {@code group}, {@code time} and {@code event} and
 * optionally {@code stratum}, in any order (other columns are ignored), then one case per line. {@code time} is a number of zero or more (e.g.
 * days from cohort entry), {@code event} is 1 when the case was clarified at that time and 0 when it was censored.
 * Fields are separated by commas and not quoted; blank lines are skipped. Reports up to
 * {@value #MAX_PROBLEMS} problems at once, each with its line number.
 */
public final class SurvivalCsv {

    static final int MAX_PROBLEMS = 20;
    private static final List<String> COLUMNS = List.of("group", "time", "event", "stratum");

    private SurvivalCsv() {
    }

    public static SurvivalData read(Reader input) {
        BufferedReader reader = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input, 1 << 16);
        try {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SurvivalData read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new InvalidSurvivalInputException("line 1: the header is missing; expected group,time,event");
        }
        String[] names = stripByteOrderMark(header).split(",", -1);
        int[] position = columnPositions(names);
        int fields = names.length;
        List<String> problems = new ArrayList<>();
        SurvivalData.Builder data = SurvivalData.builder();
        String[] values = new String[fields];
        int lineNumber = 1;
        String line;
        while ((line = reader.readLine()) != null && problems.size() < MAX_PROBLEMS) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String problem = split(line, values);
            if (problem == null) {
                problem = addRow(data, values, position);
            }
            if (problem != null) {
                problems.add("line " + lineNumber + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSurvivalInputException(problems);
        }
        SurvivalData result = data.build();
        if (result.size() == 0) {
            throw new InvalidSurvivalInputException("line 2: there are no cases after the header");
        }
        return result;
    }

    /** position[c]: the field index of COLUMNS[c], −1 for an absent stratum column; other columns are ignored. */
    private static int[] columnPositions(String[] names) {
        int[] position = {-1, -1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim().toLowerCase(java.util.Locale.ROOT);
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                continue;
            }
            if (position[column] >= 0) {
                throw new InvalidSurvivalInputException("line 1: column " + name + " appears twice");
            }
            position[column] = i;
        }
        for (int c = 0; c < 3; c++) {
            if (position[c] < 0) {
                throw new InvalidSurvivalInputException("line 1: the header has no column " + COLUMNS.get(c)
                        + "; expected group,time,event and optionally stratum");
            }
        }
        return position;
    }

    private static String split(String line, String[] values) {
        if (line.indexOf('"') >= 0) {
            return "quoted fields are not supported";
        }
        int start = 0;
        for (int i = 0; i < values.length; i++) {
            int comma = line.indexOf(',', start);
            boolean last = i == values.length - 1;
            if (last ? comma >= 0 : comma < 0) {
                return "expected " + values.length + " fields, found " + (line.split(",", -1).length);
            }
            values[i] = (last ? line.substring(start) : line.substring(start, comma)).trim();
            start = comma + 1;
        }
        return null;
    }

    private static String addRow(SurvivalData.Builder data, String[] values, int[] position) {
        String group = values[position[0]];
        if (group.isEmpty()) {
            return "group is empty";
        }
        double time;
        try {
            time = Double.parseDouble(values[position[1]]);
        } catch (NumberFormatException e) {
            return "time is not a number";
        }
        if (!(time >= 0) || Double.isInfinite(time)) {
            return "time must be a finite number, zero or more";
        }
        String event = values[position[2]];
        if (!event.equals("0") && !event.equals("1")) {
            return "event must be 1 (clarified) or 0 (censored)";
        }
        String stratum = position[3] < 0 ? null : values[position[3]];
        if (stratum != null && stratum.isEmpty()) {
            return "stratum is empty";
        }
        data.add(group, time, event.equals("1"), stratum);
        return null;
    }

    private static String stripByteOrderMark(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
