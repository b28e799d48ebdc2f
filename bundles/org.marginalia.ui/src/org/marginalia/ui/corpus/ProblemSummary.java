package org.marginalia.ui.corpus;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.marginalia.core.corpus.CorpusProblem;

/** The first few problems of a corpus as lines for a dialog, each naming its file relative to the corpus folder. */
final class ProblemSummary {

    static final int SHOWN = 5;

    private ProblemSummary() {
    }

    /** One line per problem, at most {@link #SHOWN}, then how many more there are. */
    static String lines(Path folder, List<CorpusProblem> problems) {
        // CorpusProblem#toString makes a stranger's bytes printable; only the folder prefix is taken off here.
        String prefix = folder.toAbsolutePath().normalize() + File.separator;
        StringBuilder text = new StringBuilder();
        for (CorpusProblem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            String line = problem.toString();
            text.append("\u2022 ").append(line.startsWith(prefix) ? line.substring(prefix.length()) : line).append('\n');
        }
        if (problems.size() > SHOWN) {
            text.append("\u2026 and ").append(problems.size() - SHOWN).append(" more\n");
        }
        return text.toString();
    }

    static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }
}
