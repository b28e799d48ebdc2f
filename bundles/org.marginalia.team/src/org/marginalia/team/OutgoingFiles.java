package org.marginalia.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.ObjectId;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * What a sync is about to commit must be readable by the whole team, since every colleague's next sync brings it.
 * The corpus description and the sets it sends are read by the corpus's own loader, as the editor and {@code info}
 * read them; a problem in any of them stops the sync before it commits anything, the files left as they are for
 * the analyst to mend. A description that no longer has an entity or document some set refers to is refused too:
 * that set would be unreadable in every clone. Only the files sent are read (and, for a description that lost
 * ids, the sets' text searched for them), so a sync stays quick on a large corpus.
 */
final class OutgoingFiles {

    private static final String NOTHING_SENT = "nothing was committed or sent; mend it and sync again";
    /** The ids of a description's elements, as its XML writes them. */
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private OutgoingFiles() {
    }

    static void check(TeamRepository team, ObjectId headTree, List<String> paths) throws CorpusException, IOException {
        if (paths.isEmpty()) {
            return;
        }
        Path root = team.layout().root();
        LoadedCorpus corpus;
        try {
            corpus = CorpusStore.load(root);
        } catch (CorpusException e) {
            throw refused(e.problems());
        }
        boolean descriptionSent = paths.contains(CorpusLayout.DESCRIPTION);
        List<CorpusProblem> problems = new ArrayList<>(descriptionSent ? corpus.problems() : List.of());
        List<Path> sets = paths.stream().filter(p -> TeamPaths.ownerOf(p) != null && p.endsWith(TeamPaths.SET_EXTENSION))
                .map(root::resolve).filter(Files::isRegularFile).toList();
        problems.addAll(AnnotationStore.loadFiles(corpus, sets).problems());
        if (descriptionSent) {
            problems.addAll(danglingReferences(team, headTree));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    /** Sets that refer to an entity or document the last commit's description had and the one to send has not. */
    private static List<CorpusProblem> danglingReferences(TeamRepository team, ObjectId headTree) throws IOException {
        ObjectId before = LocalChanges.inCommit(team.repository(), headTree, CorpusLayout.DESCRIPTION);
        if (before == null) {
            return List.of();
        }
        Set<String> removed = ids(new String(team.repository().open(before).getBytes(), StandardCharsets.UTF_8));
        removed.removeAll(ids(Files.readString(team.layout().description())));
        List<CorpusProblem> problems = new ArrayList<>();
        for (String id : removed) {
            SetFiles.referring(team.layout(), "#" + id + "\"").forEach(file -> problems.add(new CorpusProblem(file, "refers to " + id
                    + ", which the corpus description this sync would send no longer has; add it back, or remove the references first")));
        }
        return problems;
    }

    private static Set<String> ids(String description) {
        Set<String> ids = new TreeSet<>();
        Matcher m = ID.matcher(description);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static CorpusException refused(List<CorpusProblem> problems) {
        return new CorpusException(problems.stream().map(p -> new CorpusProblem(p.file(), p.element(), p.message() + "; " + NOTHING_SENT)).toList());
    }
}
