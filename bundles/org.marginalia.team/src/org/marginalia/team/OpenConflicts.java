package org.marginalia.team;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.marginalia.core.corpus.CorpusException;

/**
 * The conflicts of a clone's merges that no analyst has chosen a side of yet, kept in the clone's Git folder
 * ({@value #FILE}, in Git's configuration format, written through a lock file): never committed, since they are
 * this clone's to settle, and still there after a restart. Each has a number that stays its own until it is
 * resolved, for {@code team resolve --conflict N}.
 */
public final class OpenConflicts {

    /** One open conflict and its number. */
    public record Open(int number, MergeConflict conflict) {
    }

    static final String FILE = "marginalia-conflicts";
    private static final String SECTION = "conflict";

    private OpenConflicts() {
    }

    /** The clone's open conflicts, in the order they were found. */
    public static List<Open> of(TeamRepository team) throws CorpusException {
        try {
            return read(team.repository());
        } catch (IOException e) {
            throw TeamRepository.problem(team.repository().getDirectory().toPath().resolve(FILE), "cannot be read: " + e.getMessage());
        }
    }

    /** The open conflict numbered {@code number}, or null. */
    public static Open find(TeamRepository team, int number) throws CorpusException {
        return of(team).stream().filter(open -> open.number() == number).findFirst().orElse(null);
    }

    static List<Open> read(Repository repository) throws IOException {
        FileBasedConfig config = load(repository);
        List<Open> open = new ArrayList<>();
        for (String number : config.getSubsections(SECTION)) {
            open.add(new Open(number(config, number), conflictOf(config, number)));
        }
        return open;
    }

    /**
     * Remembers the conflicts a choice can settle. One already open is not added again: a sync killed after its merge
     * was remembered and before the branch moved merges again, to the same conflicts.
     */
    static void add(Repository repository, List<MergeConflict> conflicts) throws IOException {
        FileBasedConfig config = load(repository);
        List<MergeConflict> known = new ArrayList<>();
        int last = 0;
        for (String number : config.getSubsections(SECTION)) {
            known.add(conflictOf(config, number));
            last = Math.max(last, number(config, number));
        }
        boolean changed = false;
        for (MergeConflict conflict : conflicts) {
            if (conflict.subject() != null && !known.contains(conflict)) {
                write(config, Integer.toString(++last), conflict);
                known.add(conflict);
                changed = true;
            }
        }
        if (changed) {
            config.save();
        }
    }

    static void remove(Repository repository, int number) throws IOException {
        FileBasedConfig config = load(repository);
        config.unsetSection(SECTION, Integer.toString(number));
        config.save();
    }

    private static FileBasedConfig load(Repository repository) throws IOException {
        FileBasedConfig config = new FileBasedConfig(new File(repository.getDirectory(), FILE), FS.DETECTED);
        try {
            config.load();
        } catch (ConfigInvalidException e) {
            throw new IOException("the list of open conflicts is damaged: " + e.getMessage(), e);
        }
        return config;
    }

    private static void write(FileBasedConfig config, String number, MergeConflict conflict) {
        set(config, number, "path", conflict.path());
        set(config, number, "element", conflict.element());
        set(config, number, "yours", conflict.yours());
        set(config, number, "theirs", conflict.theirs());
        set(config, number, "kept", conflict.kept());
        ConflictSubject subject = conflict.subject();
        set(config, number, "kind", subject.kind().name());
        set(config, number, "target", subject.target());
        set(config, number, "detail", subject.detail());
        set(config, number, "yoursValue", subject.yours());
        set(config, number, "theirsValue", subject.theirs());
    }

    private static void set(FileBasedConfig config, String number, String name, String value) {
        if (value != null) {
            config.setString(SECTION, number, name, value);
        }
    }

    private static int number(FileBasedConfig config, String number) throws IOException {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new IOException("an open conflict in " + config.getFile() + " has no number: '" + number + "'", e);
        }
    }

    private static MergeConflict conflictOf(FileBasedConfig config, String number) throws IOException {
        try {
            ConflictSubject subject = new ConflictSubject(ConflictSubject.Kind.valueOf(config.getString(SECTION, number, "kind")),
                    config.getString(SECTION, number, "target"), config.getString(SECTION, number, "detail"),
                    config.getString(SECTION, number, "yoursValue"), config.getString(SECTION, number, "theirsValue"));
            return new MergeConflict(config.getString(SECTION, number, "path"), config.getString(SECTION, number, "element"),
                    config.getString(SECTION, number, "yours"), config.getString(SECTION, number, "theirs"), config.getString(SECTION, number, "kept"),
                    subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("open conflict " + number + " is damaged in " + config.getFile() + ": " + e.getMessage(), e);
        }
    }
}
