package org.marginalia.core.review;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * The review of one document: the analysts' annotations lined up by position, the state of every position,
 * what the curated set holds, what the reviewer rejected, and the log of review steps.
 * <p>
 * Every step (auto-merge, accept, reject) is one EMF command for the caller to execute on the editing
 * domain's command stack. The command carries its log entry and rejection marks with the edits of the
 * curated set, so undo and redo keep the log and the states in step with the curated set, even on a stack
 * shared with other editors. A step that would change nothing is not executable.
 */
public final class ReviewSession {

    private static final int EXCERPT = 60;

    private final Document document;
    private final List<AnnotationSet> analystSets;
    private final AnnotationSet curated;
    private final Set<String> rejected = new HashSet<>();
    private final ReviewLog log = new ReviewLog();
    private DocumentDiff diff;

    /** {@code analystSets}: the analysts' sets of {@code document}; {@code curated}: its curated set. */
    public ReviewSession(Document document, List<AnnotationSet> analystSets, AnnotationSet curated, int tolerance) {
        this.document = document;
        this.analystSets = List.copyOf(analystSets);
        this.curated = curated;
        setTolerance(tolerance);
    }

    /** Lines the analysts' annotations up again with another tolerance; decisions already taken stay. */
    public void setTolerance(int tolerance) {
        diff = DocumentDiff.of(analystSets, tolerance);
    }

    public DocumentDiff diff() {
        return diff;
    }

    public List<PositionDiff> positions() {
        return diff.positions();
    }

    public Document document() {
        return document;
    }

    public AnnotationSet curated() {
        return curated;
    }

    /** What the reviewer did, newest first. */
    public List<String> log() {
        return log.entries();
    }

    // ---- states ----

    public ReviewState stateOf(PositionDiff position) {
        if (curatedAt(position).isPresent()) {
            return ReviewState.ACCEPTED;
        }
        if (rejected.contains(key(position))) {
            return ReviewState.REJECTED;
        }
        if (!position.isAgreed()) {
            return ReviewState.CONFLICT;
        }
        return position.isComplete() ? ReviewState.AGREED : ReviewState.INCOMPLETE;
    }

    /** The curated annotation at the position, by the same rule the diff and auto-merge use. */
    public Optional<Annotation> curatedAt(PositionDiff position) {
        return curated.getAnnotations().stream().filter(position::covers).findFirst();
    }

    /** The index (0-based) of the version the curated annotation at the position has the attributes of. */
    public OptionalInt acceptedVersion(PositionDiff position) {
        Optional<Annotation> current = curatedAt(position);
        if (current.isEmpty()) {
            return OptionalInt.empty();
        }
        String signature = Attributes.signature(current.get());
        List<List<AnalystAnnotation>> versions = position.configurations();
        return IntStream.range(0, versions.size())
                .filter(i -> Attributes.signature(versions.get(i).get(0).annotation()).equals(signature)).findFirst();
    }

    public long count(ReviewState state) {
        return diff.positions().stream().filter(p -> stateOf(p) == state).count();
    }

    /** Positions the reviewer still has to look at. */
    public long toDecide() {
        return diff.positions().stream().filter(p -> stateOf(p).isOpen()).count();
    }

    /** The next (or previous) position still to decide after {@code from} (null: from the start), going round. */
    public Optional<PositionDiff> nextToDecide(PositionDiff from, boolean forward) {
        List<PositionDiff> positions = diff.positions();
        int start = from == null ? (forward ? -1 : 0) : positions.indexOf(from);
        for (int step = 1; step <= positions.size(); step++) {
            PositionDiff candidate = positions.get(Math.floorMod(start + (forward ? step : -step), positions.size()));
            if (stateOf(candidate).isOpen()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // ---- the text ----

    /** Whether the position lies within the document's text (a damaged set may point outside; the text may be unread). */
    public boolean inText(PositionDiff position) {
        String text = document.getText();
        return text != null && position.begin() >= 0 && position.begin() <= position.end() && position.end() <= text.length();
    }

    /** The words at the position on one line, shortened to {@value #EXCERPT} characters. */
    public String excerpt(PositionDiff position) {
        if (!inText(position)) {
            return document.getText() == null ? "(text not read)" : "(outside the text)";
        }
        String words = document.getText().substring(position.begin(), position.end()).replace('\n', ' ');
        return words.length() <= EXCERPT ? words : words.substring(0, EXCERPT - 1) + "\u2026";
    }

    // ---- steps ----

    /** What {@code strategy} takes, leaving out the positions the reviewer rejected. */
    public MergePlan plan(MergeStrategy strategy) {
        MergePlan plan = MergePlan.of(diff, strategy);
        List<MergePlan.Taken> taken = plan.taken().stream().filter(t -> !rejected.contains(key(t.position()))).toList();
        return new MergePlan(diff, strategy, taken, plan.left());
    }

    /** How many positions an auto-merge with {@code strategy} would add to the curated set. */
    public int autoMergeChanges(MergeStrategy strategy) {
        return Curation.notYetCurated(plan(strategy), curated).size();
    }

    /** Takes what the strategy takes and nothing is curated at yet, as one step. */
    public Command autoMerge(EditingDomain domain, MergeStrategy strategy) {
        MergePlan plan = plan(strategy);
        int changes = Curation.notYetCurated(plan, curated).size();
        String entry = "Auto-merge (" + strategy.name() + ", tolerance " + diff.tolerance() + "): took " + changes + ", left " + plan.left().size();
        return step("Auto-merge (" + strategy.name() + ")", Curation.apply(domain, plan, curated), entry);
    }

    /** Accepts version {@code number} (1-based) at the position, replacing what was curated there. */
    public Command accept(EditingDomain domain, PositionDiff position, int number) {
        if (number < 1 || number > position.configurations().size() || acceptedVersion(position).orElse(-1) == number - 1) {
            return UnexecutableCommand.INSTANCE;
        }
        List<AnalystAnnotation> version = position.configurations().get(number - 1);
        CompoundCommand edits = new CompoundCommand();
        curatedAt(position).ifPresent(existing -> edits.append(AnnotationEdits.delete(domain, existing)));
        if (rejected.contains(key(position))) {
            edits.append(new RejectionMark(rejected, key(position), false));
        }
        edits.append(Curation.accept(domain, version.get(0), curated));
        String who = String.join(", ", PositionDiff.analystsOf(version));
        return step("Accept version " + number, edits,
                "Accepted " + who + "'s " + position.kind() + " at \u201c" + excerpt(position) + "\u201d");
    }

    /** Leaves the position out of the curated result, taking away what was curated there. */
    public Command reject(EditingDomain domain, PositionDiff position) {
        CompoundCommand edits = new CompoundCommand();
        curatedAt(position).ifPresent(existing -> edits.append(AnnotationEdits.delete(domain, existing)));
        if (!rejected.contains(key(position))) {
            edits.append(new RejectionMark(rejected, key(position), true));
        }
        return step("Reject position", edits, "Rejected " + position.kind() + " at \u201c" + excerpt(position) + "\u201d");
    }

    /** The edits and their log entry as one command; not executable when the edits are not. */
    private Command step(String label, Command edits, String entry) {
        if (!edits.canExecute()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand step = new CompoundCommand(label);
        step.append(edits);
        step.append(log.entry(entry));
        return step;
    }

    private static String key(PositionDiff position) {
        return position.kind() + ":" + position.begin() + ":" + position.end();
    }
}
