package org.marginalia.team;

import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;

/**
 * Which files of a corpus repository a member's sync may commit, and what a path is to an analyst. One writer
 * per file: an analyst commits only {@code annotations/<analyst>/}, a reviewer also {@code curated/}, and
 * everyone the shared files (the corpus description, the texts, the schema, the ignore list), which merge by
 * meaning or are added once. Paths are repository paths, separated by '/'.
 */
public final class TeamPaths {

    static final String ANNOTATIONS = CorpusLayout.ANNOTATIONS + "/";
    static final String CURATED = CorpusLayout.CURATED + "/";
    static final String DOCUMENTS = CorpusLayout.DOCUMENTS + "/";
    static final String SET_EXTENSION = ".xmi";

    private TeamPaths() {
    }

    /** Whether {@code member}'s sync commits a change to {@code path}. */
    public static boolean mayCommit(String path, TeamMember member) {
        if (isMachineLocal(path)) {
            return false;
        }
        return isShared(path) || path.startsWith(ANNOTATIONS + member.analystId() + "/") || member.reviewer() && path.startsWith(CURATED);
    }

    /** Files every member may change: the corpus description, the texts, a schema at the top, the ignore list. */
    public static boolean isShared(String path) {
        return path.equals(CorpusLayout.DESCRIPTION) || path.equals(TeamRepository.GITIGNORE) || path.startsWith(DOCUMENTS)
                || !path.contains("/") && path.endsWith(".ecore");
    }

    /**
     * Lock files and temporary files of unfinished saves belong to one machine; the ignore list leaves them out,
     * and so does this check, for a clone whose ignore list someone edited.
     */
    static boolean isMachineLocal(String path) {
        Path name = Path.of(path).getFileName();
        return name.toString().equals(FolderLock.FILE_NAME) || AtomicFiles.isLeftover(name);
    }

    /** The document a path is about (its set, curated set or text), or null for the corpus's shared files. */
    public static String documentOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith(ANNOTATIONS) && path.chars().filter(c -> c == '/').count() == 2 && name.endsWith(SET_EXTENSION)
                || path.startsWith(CURATED) && path.indexOf('/') == path.lastIndexOf('/') && name.endsWith(SET_EXTENSION)) {
            return name.substring(0, name.length() - SET_EXTENSION.length());
        }
        if (path.startsWith(DOCUMENTS) && name.endsWith(".txt")) {
            return name.substring(0, name.length() - ".txt".length());
        }
        return null;
    }

    /** Whose a set is: the analyst of {@code annotations/<analyst>/...}, "curated", or null for other paths. */
    public static String ownerOf(String path) {
        if (path.startsWith(ANNOTATIONS) && path.indexOf('/', ANNOTATIONS.length()) > 0) {
            return path.substring(ANNOTATIONS.length(), path.indexOf('/', ANNOTATIONS.length()));
        }
        return path.startsWith(CURATED) ? "curated" : null;
    }

    /** What a path is, in the words of an analyst: "ben's set of 003", "curated set of 003", "text of 003". */
    public static String describe(String path) {
        String document = documentOf(path);
        if (document == null) {
            return path.equals(CorpusLayout.DESCRIPTION) ? "corpus description" : path;
        }
        if (path.startsWith(DOCUMENTS)) {
            return "text of " + document;
        }
        String owner = ownerOf(path);
        return owner.equals("curated") ? "curated set of " + document : owner + "'s set of " + document;
    }
}
