package org.trapscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.export.ExportView;
import org.trapscope.ui.common.DialogService;
import org.trapscope.ui.common.Workers;

class ExportActionsTest {
    private static final String[][] ROWS = {
        {"192.0.2.7", "=HYPERLINK(\"http://x\")", "3"},
        {"198.51.100.1", "0001", "12"},
        {"192.0.2.9", "root", "5"},
    };

    private static final ResultTable USERS = new ResultTable() {
        @Override
        public List<Column> columns() {
            return List.of(new Column("ip", ColumnType.IP), new Column("user", ColumnType.TEXT),
                    new Column("attempts", ColumnType.INTEGER));
        }

        @Override
        public int rowCount() {
            return ROWS.length;
        }

        @Override
        public String text(int row, int column) {
            return ROWS[row][column];
        }

        @Override
        public long number(int row, int column) {
            return Long.parseLong(ROWS[row][column]);
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }
    };

    @TempDir
    Path temp;

    private final List<String> messages = new ArrayList<>();
    private Path saveTo;
    private final ExportActions exports = new ExportActions(Workers.direct(), new DialogService() {
        @Override
        public List<Path> chooseFilesToOpen() {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolderToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseIpDataFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseIpDataFolder() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public void notify(String message) {
            messages.add(message);
        }
    });

    @Test
    void csvHoldsTheShownRowsAndColumnsInTheirOrderWithFormulasNeutralised() throws Exception {
        saveTo = temp.resolve("users.csv");
        exports.csv(new ExportView(USERS, new int[] {1, 2, 0}, new int[] {2, 1}), "users");

        List<String> lines = Files.readAllLines(saveTo);
        assertEquals(List.of("attempts,user", "12,0001", "5,root", "3,\"'=HYPERLINK(\"\"http://x\"\")\""), lines);
        assertTrue(messages.get(0).startsWith("Exported 3 rows to "), messages.toString());
    }

    @Test
    void xlsxIsAWorkbook() throws Exception {
        saveTo = temp.resolve("users.xlsx");
        exports.xlsx(ExportView.of(USERS), "users");

        byte[] start = Arrays.copyOf(Files.readAllBytes(saveTo), 2);
        assertArrayEquals(new byte[] {'P', 'K'}, start);
    }

    @Test
    void aPfTableHoldsTheSelectedAddressesEvenWithTheirColumnHidden() throws Exception {
        saveTo = temp.resolve("spammers.txt");
        exports.pfTable(new ExportView(USERS, new int[] {0, 2}, new int[] {1}), "ip");
        assertEquals(List.of("192.0.2.7", "192.0.2.9"), Files.readAllLines(saveTo));
    }

    @Test
    void aPfTableNeedsATableWithAddresses() {
        saveTo = temp.resolve("spammers.txt");
        exports.pfTable(new ExportView(USERS, new int[] {0}, new int[] {0}), "network");
        assertFalse(Files.exists(saveTo));
        assertTrue(messages.get(0).contains("network column"), messages.toString());
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        saveTo = null;
        exports.csv(ExportView.of(USERS), "users");
        assertEquals(List.of(), messages);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheWriteCompletes() throws Exception {
        saveTo = temp.resolve("users.csv");
        Files.writeString(saveTo, "old");
        exports.csv(ExportView.of(USERS), "users");
        assertTrue(Files.readString(saveTo).startsWith("ip,user,attempts"));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(saveTo), files.toList());
        }
    }
}
