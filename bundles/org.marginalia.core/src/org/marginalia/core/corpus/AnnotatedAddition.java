package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusImporter.ImportedDocument;
import org.marginalia.core.corpus.CorpusImporter.ImportedSet;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.TextHash;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaChange;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaMerge;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.Relation;

/**
 * Annotated material from another tool (a brat collection, UIMA CAS XMI) added to a corpus that exists. Its
 * schema joins the corpus's ({@link SchemaMerge}: a conflict stops everything before anything is written); a
 * document the corpus lacks is added; one it has with the same text gains the analysts' sets it has not got;
 * nothing is ever overwritten: a document id the corpus has with another text, or a set an analyst has already,
 * is refused and named, and the rest is added.
 */
public final class AnnotatedAddition {

    /** What an import read: the schema of its kinds (null: built-in kinds only), its documents, and what it could not read or keep. */
    public record Material(Path origin, EPackage schema, List<ImportedDocument> documents, List<CorpusProblem> problems, List<String> notImported) {
    }

    /**
     * What adding did: documents and sets ("document by analyst") added, whether the schema gained kinds, what was
     * refused or could not be read, and what Marginalia does not keep of the material.
     */
    public record Added(LoadedCorpus corpus, List<String> documents, List<String> sets, boolean schemaChanged, List<CorpusProblem> problems,
            List<String> notImported) {
    }

    /** What happens to one imported document. */
    public enum Action { ADD, ADD_SETS, REFUSED }

    /** One imported document: the corpus document it becomes or joins, the analysts whose sets it brings, and why it is refused. */
    public record Entry(String source, String documentId, List<String> analysts, Action action, String reason) {
    }

    private final LoadedCorpus corpus;
    private final LoadedAnnotations annotations;
    private final Material material;
    private final List<Entry> entries = new ArrayList<>();
    private final List<CorpusProblem> refused = new ArrayList<>();
    private final Map<ImportedDocument, Document> targets = new LinkedHashMap<>();
    private final SchemaMerge.Result merge;

    private AnnotatedAddition(LoadedCorpus corpus, LoadedAnnotations annotations, Material material, SchemaMerge.Result merge) {
        this.corpus = corpus;
        this.annotations = annotations;
        this.material = material;
        this.merge = merge;
    }

    /**
     * Reads the corpus and plans, document by document, what adding {@code material} does (what the import wizard
     * previews); writes nothing. Fails when the corpus cannot be read or the schemas conflict.
     */
    public static AnnotatedAddition plan(Path corpusFolder, Material material) throws CorpusException {
        LoadedCorpus corpus = CorpusStore.load(corpusFolder);
        if (!corpus.problems().isEmpty()) {
            throw new CorpusException(corpus.problems());
        }
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        SchemaMerge.Result merge = null;
        if (material.schema() != null) {
            merge = SchemaMerge.into(SchemaEdits.workingCopy(corpus, new EcoreUtil.Copier()), material.schema());
            if (!merge.conflicts().isEmpty()) {
                throw new CorpusException(merge.conflicts().stream()
                        .map(conflict -> new CorpusProblem(material.origin(), "cannot join the corpus's schema: " + conflict + "; nothing was added")).toList());
            }
        }
        AnnotatedAddition addition = new AnnotatedAddition(corpus, annotations, material, merge);
        addition.planDocuments();
        return addition;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Whether the corpus's schema gains kinds, attributes or values. */
    public boolean changesSchema() {
        return merge != null && merge.changed();
    }

    public boolean addsAnything() {
        return !targets.isEmpty();
    }

    /**
     * Writes the plan: the merged schema (carrying the corpus's annotations along), the new documents, then each
     * new set. Refused documents and sets are reported in {@link Added#problems()}, with what the material could
     * not read; when nothing is to be added, nothing is written and that is the error.
     */
    public Added apply() throws CorpusException {
        List<CorpusProblem> problems = new ArrayList<>(material.problems());
        problems.addAll(refused);
        if (targets.isEmpty()) {
            problems.add(new CorpusProblem(material.origin(), "brings nothing the corpus has not got; nothing was added"));
            throw new CorpusException(problems);
        }
        LoadedCorpus target = corpus;
        if (changesSchema()) {
            writeSchema();
            target = CorpusStore.load(corpus.layout().root()); // the schema's kinds as the corpus now loads them
        }
        List<String> addedDocuments = addDocuments(target);
        List<String> addedSets = new ArrayList<>();
        for (Map.Entry<ImportedDocument, Document> planned : targets.entrySet()) {
            String id = planned.getValue().getId();
            Document document = target.corpus().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
            for (Map.Entry<String, ImportedSet> imported : planned.getKey().byAnalyst().entrySet()) {
                addSet(target, document, imported.getKey(), imported.getValue());
                addedSets.add(id + " by " + imported.getKey());
            }
        }
        return new Added(target, addedDocuments, addedSets, changesSchema(), problems, material.notImported());
    }

    public static Added add(Path corpusFolder, Material material) throws CorpusException {
        return plan(corpusFolder, material).apply();
    }

    /**
     * The corpus document each imported document goes to (a new one, or one the corpus has with the same text);
     * another text under a document's id, or a set an analyst has already, is refused.
     */
    private void planDocuments() {
        Map<String, Document> existing = new HashMap<>();
        corpus.corpus().getDocuments().forEach(document -> existing.put(document.getId().toLowerCase(Locale.ROOT), document));
        Set<String> taken = new HashSet<>(existing.keySet());
        Set<String> withSets = new HashSet<>();
        annotations.sets().stream().filter(set -> !set.isCurated()).forEach(set -> withSets.add(set.getDocument().getId() + "/" + set.getAnalystId()));
        for (ImportedDocument imported : material.documents()) {
            Path file = Path.of(imported.fileName() + ".txt");
            Document same = existing.get(CorpusImporter.idFor(file, new HashSet<>()).toLowerCase(Locale.ROOT));
            List<String> analysts = List.copyOf(imported.byAnalyst().keySet());
            if (same != null && !same.getTextHash().equals(TextHash.of(imported.text()))) {
                refuse(imported, same.getId(), analysts, "has another text than the corpus's document " + same.getId() + "; none of its annotations are added");
                continue;
            }
            Map<String, ImportedSet> sets = new LinkedHashMap<>(imported.byAnalyst());
            if (same != null) {
                List<String> had = sets.keySet().stream().filter(analyst -> withSets.contains(same.getId() + "/" + analyst)).toList();
                if (!had.isEmpty()) {
                    sets.keySet().removeAll(had);
                    refuse(imported, same.getId(), had, String.join(", ", had) + (had.size() == 1 ? " has" : " have") + " annotations of " + same.getId()
                            + " in the corpus already; nothing is overwritten");
                }
                if (sets.isEmpty()) {
                    continue;
                }
            }
            Document target = same;
            if (target == null) {
                target = CorpusImporter.newDocument(CorpusImporter.idFor(file, taken), imported.text());
                if (imported.title() != null) {
                    target.setTitle(imported.title());
                }
            }
            entries.add(new Entry(imported.fileName(), target.getId(), List.copyOf(sets.keySet()), same == null ? Action.ADD : Action.ADD_SETS, null));
            targets.put(new ImportedDocument(imported.fileName(), imported.text(), imported.title(), sets), target);
        }
    }

    private void refuse(ImportedDocument imported, String documentId, List<String> analysts, String reason) {
        entries.add(new Entry(imported.fileName(), documentId, analysts, Action.REFUSED, reason));
        refused.add(new CorpusProblem(material.origin(), imported.fileName() + ": " + reason));
    }

    /** Writes the merged schema, carrying the corpus's annotations along as a schema editor's save does. */
    private void writeSchema() throws CorpusException {
        SchemaChange change = SchemaChange.plan(corpus, annotations, merge.merged());
        try {
            change.apply(SchemaEdits.serialize(merge.merged(), SchemaEdits.schemaFile(corpus)));
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(SchemaEdits.schemaFile(corpus), "cannot be written: " + e.getMessage() + "; nothing was added"), e);
        }
    }

    /** Writes the new documents' texts, then the corpus description; a text in the way stops everything. */
    private List<String> addDocuments(LoadedCorpus corpus) throws CorpusException {
        Set<String> known = new HashSet<>();
        corpus.corpus().getDocuments().forEach(document -> known.add(document.getId()));
        List<Document> added = targets.values().stream().filter(d -> d != null && !known.contains(d.getId())).toList();
        if (added.isEmpty()) {
            return List.of();
        }
        for (Document document : added) {
            Path file = corpus.layout().root().resolve(document.getPath());
            if (Files.exists(file)) {
                throw new CorpusException(new CorpusProblem(file, "exists already though no document names it; move it away first"));
            }
        }
        try {
            for (Document document : added) {
                AtomicFiles.write(corpus.layout().root().resolve(document.getPath()), document.getText().getBytes(StandardCharsets.UTF_8));
            }
            corpus.corpus().getDocuments().addAll(added);
            CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(corpus.layout().description(), "cannot be written: " + e.getMessage()), e);
        }
        return added.stream().map(Document::getId).toList();
    }

    private static void addSet(LoadedCorpus corpus, Document document, String analyst, ImportedSet imported) throws CorpusException {
        List<Annotation> spans = new ArrayList<>(imported.annotations());
        List<Relation> relations = new ArrayList<>(imported.relations());
        CorpusSchema.of(corpus).customPackage().ifPresent(schema -> SchemaChange.carryOver(schema, spans, relations));
        AnnotationSet set = AnnotationStore.create(corpus, document, analyst);
        set.getEntities().addAll(imported.entities());
        set.getAnnotations().addAll(spans);
        set.getRelations().addAll(relations);
        try {
            AnnotationStore.save(corpus, set);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(AnnotationStore.fileOf(corpus.layout(), set), "cannot be written: " + e.getMessage()), e);
        }
    }
}
