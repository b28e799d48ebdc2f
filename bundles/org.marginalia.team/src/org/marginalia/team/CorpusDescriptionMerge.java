package org.marginalia.team;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaPackage;

/**
 * Merges {@code corpus.marginalia} by meaning, never as text: a three-way merge of the model (the common base,
 * this clone's version and the team's) that unions documents, entities and analysts by id and an entity's
 * aliases by value, and takes each attribute from the side that changed it. What both sides changed differently
 * is a {@link MergeConflict} with both sides kept: an entity renamed two ways keeps this clone's name and gets
 * the team's as an alias; one text added under two ids keeps both documents; a thing one side deleted and the
 * other changed stays. The result is always a well-formed corpus description, written as the editor writes it.
 */
public final class CorpusDescriptionMerge {

    /** The merged file and what could not be merged silently. */
    public record Result(byte[] bytes, List<MergeConflict> conflicts) {
    }

    private static final String PATH = CorpusLayout.DESCRIPTION;
    private static final MarginaliaPackage MODEL = MarginaliaPackage.eINSTANCE;

    private final List<MergeConflict> conflicts = new ArrayList<>();

    private CorpusDescriptionMerge() {
    }

    /**
     * @param base the version both sides started from, or null when both added the file
     * @throws IOException when a side is not a corpus description (it then cannot be merged by meaning)
     */
    public static Result merge(byte[] base, byte[] ours, byte[] theirs) throws IOException {
        Corpus baseCorpus = base == null ? null : read(base, "the common version");
        Corpus ourCorpus = read(ours, "this clone's version");
        Corpus theirCorpus = read(theirs, "the team's version");
        CorpusDescriptionMerge merge = new CorpusDescriptionMerge();
        Corpus result = EcoreUtil.copy(ourCorpus);
        merge.mergeAttributes(baseCorpus, ourCorpus, theirCorpus, result, "corpus");
        merge.mergeList(baseCorpus == null ? null : baseCorpus.getDocuments(), result.getDocuments(), theirCorpus.getDocuments(),
                Document::getId, "document");
        merge.mergeList(baseCorpus == null ? null : baseCorpus.getEntities(), result.getEntities(), theirCorpus.getEntities(),
                Entity::getId, "entity");
        merge.mergeList(baseCorpus == null ? null : baseCorpus.getAnalysts(), result.getAnalysts(), theirCorpus.getAnalysts(),
                analyst -> analyst.getId(), "analyst");
        merge.findTextsUnderTwoIds(baseCorpus, ourCorpus, theirCorpus);
        byte[] bytes = EcoreUtil.equals(result, ourCorpus) ? ours : EcoreUtil.equals(result, theirCorpus) ? theirs : write(result);
        return new Result(bytes, List.copyOf(merge.conflicts));
    }

    /**
     * Merges the team's list into {@code result} (a copy of this clone's list): kept where both have it, added
     * where only the team has it new, dropped where the team deleted what this clone left unchanged.
     */
    private <T extends EObject> void mergeList(List<T> base, EList<T> result, List<T> theirs, Function<T, String> idOf, String what) {
        Map<String, T> baseById = byId(base, idOf);
        Map<String, T> theirsById = byId(theirs, idOf);
        for (T mine : List.copyOf(result)) {
            String id = idOf.apply(mine);
            T before = baseById.get(id);
            T their = theirsById.get(id);
            if (their != null) {
                mergeAttributes(before, EcoreUtil.copy(mine), their, mine, what + " " + id);
            } else if (before != null && EcoreUtil.equals(mine, before)) {
                result.remove(mine);
            } else if (before != null) {
                conflicts.add(new MergeConflict(PATH, what + " " + id, "changed it", "deleted it", "kept it, with your changes",
                        new ConflictSubject(ConflictSubject.Kind.DELETED_OR_CHANGED, what + " " + id, ConflictSubject.THEIRS, null, null)));
            }
        }
        Map<String, T> mineById = byId(result, idOf);
        for (T their : theirs) {
            String id = idOf.apply(their);
            if (mineById.containsKey(id)) {
                continue;
            }
            T before = baseById.get(id);
            if (before == null) {
                result.add(EcoreUtil.copy(their));
            } else if (!EcoreUtil.equals(their, before)) {
                conflicts.add(new MergeConflict(PATH, what + " " + id, "deleted it", "changed it", "kept it, with their changes",
                        new ConflictSubject(ConflictSubject.Kind.DELETED_OR_CHANGED, what + " " + id, ConflictSubject.YOURS, null, null)));
                result.add(EcoreUtil.copy(their));
            }
        }
    }

    /** Each attribute from the side that changed it; many-valued ones (aliases) as sets of values. */
    private void mergeAttributes(EObject base, EObject ours, EObject theirs, EObject result, String element) {
        for (EAttribute attribute : result.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived() || !attribute.isChangeable()) {
                continue;
            }
            if (attribute.isMany()) {
                mergeValues(base, theirs, result, attribute);
                continue;
            }
            Object mine = ours.eGet(attribute);
            Object their = theirs.eGet(attribute);
            Object before = base == null ? null : base.eGet(attribute);
            if (Objects.equals(mine, their) || base != null && Objects.equals(before, their)) {
                continue;
            }
            if (base != null && Objects.equals(before, mine)) {
                result.eSet(attribute, their);
            } else {
                conflicts.add(keepBoth(result, attribute, mine, their, element));
            }
        }
    }

    private MergeConflict keepBoth(EObject result, EAttribute attribute, Object mine, Object their, String element) {
        String yours = attribute.getName() + " '" + mine + "'";
        String theirs = attribute.getName() + " '" + their + "'";
        ConflictSubject subject = new ConflictSubject(ConflictSubject.Kind.VALUE, element, attribute.getName(), text(attribute, mine),
                text(attribute, their));
        if (attribute == MODEL.getEntity_Name() && their != null) {
            Entity entity = (Entity) result;
            if (!entity.getAliases().contains(their)) {
                entity.getAliases().add((String) their);
            }
            return new MergeConflict(PATH, element, yours, theirs, "kept your name, and theirs as an alias until you choose", subject);
        }
        return new MergeConflict(PATH, element, yours, theirs, "kept yours; theirs is in the merged commit", subject);
    }

    private static String text(EAttribute attribute, Object value) {
        return value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /** {@code result} holds this clone's values (and any a conflict added): the team's additions and removals are applied to them. */
    @SuppressWarnings("unchecked")
    private static void mergeValues(EObject base, EObject theirs, EObject result, EAttribute attribute) {
        List<Object> before = base == null ? List.of() : (List<Object>) base.eGet(attribute);
        List<Object> their = (List<Object>) theirs.eGet(attribute);
        List<Object> merged = new ArrayList<>((List<Object>) result.eGet(attribute));
        merged.removeIf(value -> before.contains(value) && !their.contains(value));
        for (Object value : their) {
            if (!before.contains(value) && !merged.contains(value)) {
                merged.add(value);
            }
        }
        List<Object> values = (List<Object>) result.eGet(attribute);
        if (!values.equals(merged)) {
            values.clear();
            values.addAll(merged);
        }
    }

    /**
     * Two members who each added the same text as a new document gave it two ids; both documents are kept (each
     * may have sets already), and the analysts decide which one stays.
     */
    private void findTextsUnderTwoIds(Corpus base, Corpus ours, Corpus theirs) {
        Map<String, Document> before = byId(base == null ? null : base.getDocuments(), Document::getId);
        Map<String, Document> addedHere = new LinkedHashMap<>();
        for (Document document : ours.getDocuments()) {
            if (!before.containsKey(document.getId()) && document.getTextHash() != null) {
                addedHere.put(document.getTextHash(), document);
            }
        }
        for (Document document : theirs.getDocuments()) {
            Document mine = addedHere.get(document.getTextHash());
            if (mine != null && !before.containsKey(document.getId()) && !mine.getId().equals(document.getId())) {
                conflicts.add(new MergeConflict(PATH, "document " + mine.getId(), "added the text as " + mine.getId(),
                        "added the same text as " + document.getId(), "kept both documents; keep the sets of one",
                        new ConflictSubject(ConflictSubject.Kind.TEXT_UNDER_TWO_IDS, "document " + mine.getId(), null, mine.getId(), document.getId())));
            }
        }
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> idOf) {
        Map<String, T> map = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(item -> map.putIfAbsent(idOf.apply(item), item));
        }
        return map;
    }

    private static Corpus read(byte[] bytes, String which) throws IOException {
        ResourceSet resources = CorpusResources.newResourceSet();
        Resource resource = resources.createResource(URI.createFileURI(PATH));
        try {
            resource.load(new ByteArrayInputStream(bytes), resources.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IOException(which + " of " + PATH + " cannot be read: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new IOException(which + " of " + PATH + " holds no corpus description");
        }
        return corpus;
    }

    /** With the options every save of the description uses, so that the next save by the editor changes nothing. */
    private static byte[] write(Corpus corpus) throws IOException {
        Resource resource = CorpusResources.newResourceSet().createResource(URI.createFileURI(PATH));
        resource.getContents().add(corpus);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SafeXml.saveOptions());
        return out.toByteArray();
    }
}
