package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaChange;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaRules;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;

/**
 * The analyst's choice of one side of an open conflict ({@link OpenConflicts}), applied to the corpus as the
 * editor writes it: under the corpus's locks, through the stores the editor saves with, refused with the reason
 * when it would make something unreadable (a document that still has sets, a part of the schema that sets still
 * use). The conflict is closed once the choice is written; the next sync commits it.
 */
public final class ConflictResolution {

    /** Which side of a conflict the analyst keeps. */
    public enum Side {
        YOURS, THEIRS;

        /** The side named {@code word} ("yours" or "theirs", any case), or null. */
        public static Side parse(String word) {
            for (Side side : values()) {
                if (side.name().equalsIgnoreCase(word)) {
                    return side;
                }
            }
            return null;
        }
    }

    private static final MarginaliaPackage MODEL = MarginaliaPackage.eINSTANCE;

    private final TeamRepository team;
    private final Path root;
    private final ConflictSubject subject;
    private final Side keep;

    private ConflictResolution(TeamRepository team, ConflictSubject subject, Side keep) {
        this.team = team;
        this.root = team.layout().root();
        this.subject = subject;
        this.keep = keep;
    }

    /**
     * Keeps {@code keep}'s side of the open conflict numbered {@code number}, and closes the conflict.
     *
     * @return what was done, in the analyst's words
     * @throws CorpusException when there is no such conflict or the choice cannot be applied (the reason is the message)
     */
    public static String resolve(TeamRepository team, int number, Side keep) throws CorpusException {
        // The clone's sync lock first (a sync remembers conflicts under it), then the corpus's, in the order a sync takes them;
        // the conflict is looked up under them, so that two choices made at once cannot both apply it.
        try (FolderLock syncing = FolderLock.acquire(team.repository().getDirectory().toPath());
                CorpusLocks locks = CorpusLocks.acquire(team.layout(), List.of())) {
            OpenConflicts.Open open = OpenConflicts.find(team, number);
            if (open == null) {
                throw TeamRepository.problem(team.layout().root(), "there is no open conflict " + number + " in this clone; 'team conflicts' lists them");
            }
            String done = new ConflictResolution(team, open.conflict().subject(), keep).apply();
            OpenConflicts.remove(team.repository(), number);
            return done;
        } catch (IOException e) {
            throw TeamRepository.problem(team.layout().root(), "conflict " + number + " could not be resolved: " + e.getMessage());
        }
    }

    private String apply() throws IOException, CorpusException {
        return switch (subject.kind()) {
            case VALUE -> chooseValue();
            case DELETED_OR_CHANGED -> keepsSideOf(subject.detail()) ? deleteElement() : "kept " + subject.target() + " as it is";
            case TEXT_UNDER_TWO_IDS -> {
                String drop = keep == Side.THEIRS ? subject.yours() : subject.theirs();
                LoadedCorpus corpus = CorpusStore.load(root);
                removeDocument(corpus, drop);
                yield "kept document " + (keep == Side.THEIRS ? subject.theirs() : subject.yours()) + " and removed document " + drop;
            }
            case SCHEMA_REMOVAL -> keepsSideOf(subject.yours() != null ? ConflictSubject.YOURS : ConflictSubject.THEIRS) ? removeFromSchema()
                    : "kept " + subject.detail() + " in the schema";
            case SCHEMA_TWO_WAYS -> keep == Side.THEIRS ? takeTheirsIntoSchema() : "kept your " + subject.detail();
            case FILE -> keep == Side.THEIRS ? takeTheirFile() : subject.yours() == null ? deleteYourFile() : "kept your version of " + subject.target();
        };
    }

    private boolean keepsSideOf(String side) {
        return keep == Side.parse(side);
    }

    // ---- the corpus description ----

    /**
     * The chosen value of an attribute changed two ways. An entity renamed two ways kept the other name as an alias
     * so that nothing was lost: that alias goes once a name is chosen.
     */
    private String chooseValue() throws IOException, CorpusException {
        LoadedCorpus corpus = CorpusStore.load(root);
        EObject element = elementOf(corpus.corpus(), subject.target());
        EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature(subject.detail());
        if (!(feature instanceof EAttribute attribute) || attribute.isMany()) {
            throw refusal(subject.target() + " has no " + subject.detail() + " any more; nothing to choose");
        }
        String chosen = keep == Side.THEIRS ? subject.theirs() : subject.yours();
        if (keep == Side.THEIRS) {
            if (chosen == null) {
                element.eUnset(attribute);
            } else {
                element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), chosen));
            }
        }
        if (element instanceof Entity entity && attribute == MODEL.getEntity_Name() && subject.theirs() != null) {
            entity.getAliases().remove(subject.theirs());
        }
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        return subject.target() + ": " + attribute.getName() + " is '" + chosen + "'";
    }

    private String deleteElement() throws IOException, CorpusException {
        LoadedCorpus corpus = CorpusStore.load(root);
        EObject element = elementOf(corpus.corpus(), subject.target());
        if (element == null) {
            return subject.target() + " is deleted already";
        }
        if (element instanceof Document document) {
            removeDocument(corpus, document.getId());
        } else {
            if (element instanceof Entity entity) {
                List<String> sets = setsReferring("#" + entity.getId() + "\"");
                if (!sets.isEmpty()) {
                    throw refusal(subject.target() + " is not deleted: sets refer to it (" + String.join(", ", sets) + ")");
                }
            }
            EcoreUtil.remove(element);
            CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        }
        return "deleted " + subject.target();
    }

    /** Removes a document and its text, unless sets annotate it: they would lose their text. */
    private void removeDocument(LoadedCorpus corpus, String id) throws IOException, CorpusException {
        Document document = corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElse(null);
        if (document == null) {
            return;
        }
        List<String> sets = new ArrayList<>();
        for (Path folder : SetFiles.folders(team.layout())) {
            if (Files.isRegularFile(folder.resolve(id + TeamPaths.SET_EXTENSION))) {
                sets.add(root.relativize(folder.resolve(id + TeamPaths.SET_EXTENSION)).toString().replace('\\', '/'));
            }
        }
        if (!sets.isEmpty()) {
            throw refusal("document " + id + " is not removed: sets annotate it (" + String.join(", ", sets)
                    + "); keep the other side, or remove those sets first");
        }
        Path text = document.getPath() == null ? null : corpus.folder().writable(corpus.folder().resolve(document.getPath()));
        corpus.corpus().getDocuments().remove(document);
        CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        if (text != null) {
            Files.deleteIfExists(text);
        }
    }

    /** "corpus", "entity ID", "document ID", "analyst ID": the element of the description, or null. */
    private static EObject elementOf(Corpus corpus, String target) {
        if (target.equals("corpus")) {
            return corpus;
        }
        int space = target.indexOf(' ');
        String id = target.substring(space + 1);
        return switch (target.substring(0, Math.max(space, 0))) {
            case "entity" -> corpus.getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
            case "document" -> corpus.getDocuments().stream().filter(d -> id.equals(d.getId())).findFirst().orElse(null);
            case "analyst" -> corpus.getAnalysts().stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
            default -> null;
        };
    }

    /** The sets whose text holds {@code reference} (an href to an entity of the description), relative to the corpus. */
    private List<String> setsReferring(String reference) throws IOException {
        return SetFiles.referring(team.layout(), reference).stream().map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
    }

    // ---- the schema ----

    private String removeFromSchema() throws IOException, CorpusException {
        LoadedCorpus corpus = CorpusStore.load(root);
        EPackage next = workingCopy(corpus);
        ENamedElement element = unit().in(next);
        if (element == null) {
            return subject.detail() + " is not in the schema any more";
        }
        EcoreUtil.remove(element);
        change(corpus, next);
        return "removed " + subject.detail() + " from the schema";
    }

    /** Their version of the part of the schema changed two ways, from the commit the merge took it from. */
    private String takeTheirsIntoSchema() throws IOException, CorpusException {
        LoadedCorpus corpus = CorpusStore.load(root);
        EPackage theirs = SchemaFileMerge.read(blob(subject.theirs()), subject.target(), "the team's version");
        EPackage next = workingCopy(corpus);
        if (subject.detail().equals(SchemaUnit.PACKAGE_DEFINITION)) {
            next.setName(theirs.getName());
            next.setNsURI(theirs.getNsURI());
            next.setNsPrefix(theirs.getNsPrefix());
            next.getEAnnotations().clear();
            next.getEAnnotations().addAll(EcoreUtil.copyAll(theirs.getEAnnotations()));
        } else {
            replace(next, theirs, unit());
        }
        pointAt(next, theirs);
        change(corpus, next);
        return "took their " + subject.detail() + " into the schema";
    }

    private void replace(EPackage next, EPackage theirs, SchemaUnit unit) throws CorpusException {
        ENamedElement mine = unit.in(next);
        ENamedElement their = unit.in(theirs);
        if (unit.member() != null) {
            EClassifier owner = next.getEClassifier(unit.classifier());
            if (owner == null) {
                throw refusal(unit.classifier() + " is not in the schema any more; nothing to choose");
            }
            replaceIn(membersOf(owner), mine, their);
        } else if (unit.definition() && mine instanceof EClassifier own && their instanceof EClassifier other && own.eClass() == other.eClass()) {
            EClassifier definition = EcoreUtil.copy(other);
            membersOf(definition).clear();
            membersOf(definition).addAll(List.copyOf(membersOf(own)));
            next.getEClassifiers().set(next.getEClassifiers().indexOf(own), definition);
        } else {
            replaceIn(next.getEClassifiers(), mine, their);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends ENamedElement> void replaceIn(List<T> list, ENamedElement mine, ENamedElement their) {
        T copy = their == null ? null : (T) EcoreUtil.copy(their);
        if (mine == null && copy != null) {
            list.add(copy);
        } else if (copy == null) {
            list.remove(mine);
        } else {
            list.set(list.indexOf(mine), copy);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ENamedElement> membersOf(EClassifier classifier) {
        return classifier instanceof EEnum tagSet ? (List<ENamedElement>) (List<?>) tagSet.getELiterals()
                : (List<ENamedElement>) (List<?>) ((EClass) classifier).getEStructuralFeatures();
    }

    /** What was copied from their schema, and what referred to a replaced classifier, refers to the working copy's. */
    private void pointAt(EPackage next, EPackage theirs) throws CorpusException {
        for (EClassifier classifier : next.getEClassifiers()) {
            if (!(classifier instanceof EClass kind)) {
                continue;
            }
            for (int i = 0; i < kind.getESuperTypes().size(); i++) {
                EClass own = (EClass) own(next, theirs, kind.getESuperTypes().get(i));
                if (own != kind.getESuperTypes().get(i)) {
                    kind.getESuperTypes().set(i, own);
                }
            }
            for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
                EClassifier own = own(next, theirs, feature.getEType());
                if (own != feature.getEType()) {
                    feature.setEType(own);
                }
            }
        }
    }

    private EClassifier own(EPackage next, EPackage theirs, EClassifier type) throws CorpusException {
        if (type == null || type.getEPackage() == next || type.getEPackage() != theirs && type.getEPackage() != null) {
            return type;
        }
        EClassifier own = next.getEClassifier(type.getName());
        if (own == null) {
            throw refusal("their version refers to " + type.getName() + ", which the schema no longer has; keep yours, or add it first");
        }
        return own;
    }

    private EPackage workingCopy(LoadedCorpus corpus) throws CorpusException {
        EPackage current = CorpusSchema.of(corpus).customPackage()
                .orElseThrow(() -> refusal(root + " has no schema it can read; nothing of it to choose"));
        return EcoreUtil.copy(current);
    }

    /** Replaces the schema as the schema editor does: refused while sets use what the new one lacks. */
    private void change(LoadedCorpus corpus, EPackage next) throws IOException, CorpusException {
        List<String> broken = SchemaRules.check(next);
        if (!broken.isEmpty()) {
            throw refusal("the schema would break its rules: " + String.join("; ", broken));
        }
        SchemaChange change = SchemaChange.plan(corpus, AnnotationStore.loadAll(corpus), next);
        if (!change.refused().isEmpty()) {
            throw refusal("not changed while sets still use it: "
                    + String.join("; ", change.refused().stream().map(Object::toString).toList()));
        }
        change.apply(SchemaEdits.serialize(next, SchemaEdits.schemaFile(corpus)));
    }

    private SchemaUnit unit() throws CorpusException {
        SchemaUnit unit = SchemaUnit.parse(subject.detail());
        if (unit == null) {
            throw refusal("'" + subject.detail() + "' names no part of a schema");
        }
        return unit;
    }

    // ---- whole files ----

    private String takeTheirFile() throws IOException, CorpusException {
        String path = subject.target();
        if (!TeamPaths.mayCommit(path, team.member())) {
            throw refusal(TeamPaths.describe(path) + " is not yours to change; its owner chooses");
        }
        LoadedCorpus corpus = CorpusStore.load(root);
        Path file = corpus.folder().writable(root.resolve(path));
        if (file.equals(SchemaEdits.schemaFile(corpus).toAbsolutePath().normalize()) && subject.theirs() != null) {
            change(corpus, SchemaFileMerge.read(blob(subject.theirs()), path, "the team's version"));
        } else if (subject.theirs() == null) {
            Files.deleteIfExists(file);
        } else {
            AtomicFiles.write(file, blob(subject.theirs()));
        }
        return "took their version of " + path;
    }

    /** Your side deleted the file the team changed, and the merge kept theirs: keeping yours deletes it again. */
    private String deleteYourFile() throws IOException, CorpusException {
        String path = subject.target();
        if (!TeamPaths.mayCommit(path, team.member())) {
            throw refusal(TeamPaths.describe(path) + " is not yours to change; its owner chooses");
        }
        Files.deleteIfExists(CorpusStore.load(root).folder().writable(root.resolve(path)));
        return "deleted " + path + " again, as you had";
    }

    private byte[] blob(String id) throws IOException {
        return team.repository().open(ObjectId.fromString(id.toLowerCase(Locale.ROOT)), Constants.OBJ_BLOB).getBytes();
    }

    /** A choice that cannot be applied: the reason, naming the corpus. */
    private CorpusException refusal(String reason) {
        return new CorpusException(new CorpusProblem(root, reason));
    }
}
