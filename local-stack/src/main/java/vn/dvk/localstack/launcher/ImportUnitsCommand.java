package vn.dvk.localstack.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code import-units <csv>}: checks the header of a unit directory and installs the file as {@code .dvk/units.csv};
 * services started afterwards load it ({@code DVK_UNITS_FILE}) and validate its content.
 */
final class ImportUnitsCommand {

    static final String HEADER = "code,level,name,full_name,parent_code";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Layout layout;
    private final Console console;

    ImportUnitsCommand(Layout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    int run(List<String> arguments, Path workingDirectory) {
        if (arguments.size() != 1) {
            throw new CommandFailed("usage: " + layout.command() + " import-units <file.csv>");
        }
        String given = arguments.get(0);
        Path source = workingDirectory.resolve(given);
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new CommandFailed("cannot read '" + given + "'");
        }
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(source), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new CommandFailed("cannot read '" + given + "'");
        }
        // Spreadsheet exports add a UTF-8 byte-order mark and CRLF line ends; neither is part of the header.
        String header = lines.isEmpty() ? "" : lines.get(0).replace(BYTE_ORDER_MARK, "").replace(" ", "").strip();
        if (!header.equals(HEADER)) {
            throw new CommandFailed("'" + given + "' must start with the header '" + HEADER + "' (found '" + header
                    + "')");
        }
        long rows = lines.stream().skip(1).filter(line -> !line.isBlank()).count();
        if (rows == 0) {
            throw new CommandFailed("'" + given + "' has a header but no units");
        }
        Path target = layout.unitsFile();
        Path partial = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(layout.home());
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CommandFailed("cannot write " + target);
        }
        console.info("installed " + rows + " units as " + target);
        console.info("services load it on their next start (DVK_UNITS_FILE); restart a running stack to use it");
        return 0;
    }
}
