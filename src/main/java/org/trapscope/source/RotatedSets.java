package org.trapscope.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trapscope.load.ProblemSink;

/**
 * Turns the files and folders a user picked into rotation families, each in reading order (oldest
 * archive first, live file last), so that a log split over {@code spamd.1.gz}, {@code spamd.0.gz} and
 * {@code spamd} reads as one continuous log and year inference can walk it forward.
 */
public final class RotatedSets {

    private RotatedSets() {
    }

    /**
     * Groups {@code inputs}. Folders contribute their regular, non-hidden files (not those of
     * subfolders). Files in different folders never share a family. A path that does not exist or
     * cannot be read is reported to {@code problems} and left out.
     *
     * @return the families ordered by base name, then folder
     */
    public static List<LogFileGroup> group(List<Path> inputs, ProblemSink problems) {
        Map<Family, List<Member>> families = new LinkedHashMap<>();
        for (Path file : readableFiles(inputs, problems)) {
            RotationName name = RotationName.of(file.getFileName().toString());
            Path folder = file.toAbsolutePath().normalize().getParent();
            families.computeIfAbsent(new Family(folder, name.baseName()), key -> new ArrayList<>())
                    .add(new Member(file, name));
        }
        List<Family> order = new ArrayList<>(families.keySet());
        order.sort(Comparator.comparing(Family::baseName).thenComparing(family -> String.valueOf(family.folder())));
        List<LogFileGroup> groups = new ArrayList<>();
        for (Family family : order) {
            List<Member> members = families.get(family);
            members.sort(Comparator.comparing(Member::name, RotationName.OLDEST_FIRST)
                    .thenComparing(member -> member.file().getFileName().toString()));
            groups.add(new LogFileGroup(family.baseName(), members.stream().map(Member::file).toList()));
        }
        return groups;
    }

    private static List<Path> readableFiles(List<Path> inputs, ProblemSink problems) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path child : listFolder(input, problems)) {
                    addIfReadable(child, files, seen, problems);
                }
            } else {
                addIfReadable(input, files, seen, problems);
            }
        }
        return files;
    }

    private static List<Path> listFolder(Path folder, ProblemSink problems) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path child : entries) {
                if (Files.isRegularFile(child) && !isHidden(child)) {
                    children.add(child);
                }
            }
        } catch (IOException e) {
            problems.report(folder, 0, "the folder cannot be listed: " + e.getMessage());
        }
        // directory order is arbitrary; sorting keeps results the same from run to run
        children.sort(Comparator.comparing(Path::toString));
        return children;
    }

    private static boolean isHidden(Path file) {
        if (file.getFileName().toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static void addIfReadable(Path file, List<Path> files, Set<Path> seen, ProblemSink problems) {
        if (!Files.exists(file)) {
            problems.report(file, 0, "the file does not exist");
        } else if (!Files.isRegularFile(file)) {
            problems.report(file, 0, "this is not a regular file, so it was skipped");
        } else if (!Files.isReadable(file)) {
            problems.report(file, 0, "the file cannot be read (permission denied)");
        } else if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    private record Family(Path folder, String baseName) {
    }

    private record Member(Path file, RotationName name) {
    }
}
