package org.marginalia.core.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.model.AnnotationSet;

/**
 * A corpus's schema replaced by a new one without losing an annotation. Adding kinds, attributes and values is
 * free. A kind or attribute of the new schema that names its old name in a {@value #RENAMED_FROM} detail
 * (under {@link CorpusSchema#SOURCE}) carries the annotations along: the files that hold them are rewritten
 * as one step. Anything else the new schema no longer has (a kind, an attribute, a tag-set value, a type its
 * values cannot take) is refused while an annotation uses it, with the count and the files, and nothing is
 * written.
 */
public final class SchemaChange {

    /** The detail on a kind or attribute of the new schema that names what it was called before. */
    public static final String RENAMED_FROM = "renamedFrom";

    /** Something the new schema lacks that annotations still use: {@code count} values in {@code files}. */
    public record Use(String what, int count, Set<Path> files) {
        @Override
        public String toString() {
            return what + " is used by " + count + (count == 1 ? " annotation" : " annotations") + " in " + files;
        }
    }

    /** A rename the new schema asks for, and how many annotations it carries along. */
    public record Rename(String what, int count) {
        @Override
        public String toString() {
            return what + ": " + count + (count == 1 ? " annotation" : " annotations") + " carried along";
        }
    }

    private static final EClass RELATION = org.marginalia.model.MarginaliaPackage.eINSTANCE.getRelation();

    private final LoadedCorpus corpus;
    private final EPackage next;
    private final Map<String, UseCount> refused = new LinkedHashMap<>();
    private final Map<String, Integer> renames = new LinkedHashMap<>();
    private final Set<AnnotationSet> affected = new LinkedHashSet<>();

    private SchemaChange(LoadedCorpus corpus, EPackage next) {
        this.corpus = corpus;
        this.next = next;
    }

    /** What replacing the schema of {@code corpus} (whose sets are {@code annotations}) by {@code next} would do. */
    public static SchemaChange plan(LoadedCorpus corpus, LoadedAnnotations annotations, EPackage next) {
        SchemaChange change = new SchemaChange(corpus, next);
        Optional<EPackage> current = CorpusSchema.of(corpus).customPackage();
        for (AnnotationSet set : annotations.sets()) {
            List<EObject> objects = new ArrayList<>(set.getAnnotations());
            objects.addAll(set.getRelations());
            for (EObject object : objects) {
                if (current.isPresent() && object.eClass().getEPackage() == current.get()) {
                    change.check(set, object);
                }
            }
        }
        return change;
    }

    public List<Use> refused() {
        return refused.entrySet().stream().map(e -> new Use(e.getKey(), e.getValue().count, e.getValue().files)).toList();
    }

    public List<Rename> renames() {
        return renames.entrySet().stream().map(e -> new Rename(e.getKey(), e.getValue())).toList();
    }

    /** The annotation files the change rewrites: those holding annotations of a renamed kind or attribute. */
    public List<Path> filesToRewrite() {
        return affected.stream().map(set -> AnnotationStore.fileOf(corpus.layout(), set)).toList();
    }

    private void check(AnnotationSet set, EObject object) {
        EClass kind = object.eClass();
        EClass target = counterpart(kind);
        if (target == null) {
            refuse(set, "kind " + kind.getName());
            return;
        }
        if (RELATION.isSuperTypeOf(kind) != RELATION.isSuperTypeOf(target)) {
            refuse(set, "kind " + kind.getName() + " as a " + (RELATION.isSuperTypeOf(target) ? "relation" : "span") + " kind");
            return;
        }
        boolean renamed = !target.getName().equals(kind.getName());
        if (renamed) {
            renames.merge("kind " + kind.getName() + " \u2192 " + target.getName(), 1, Integer::sum);
        }
        for (EStructuralFeature attribute : CorpusSchema.attributesOf(kind)) {
            if (!object.eIsSet(attribute)) {
                continue;
            }
            EStructuralFeature targetAttribute = counterpart(target, attribute);
            String name = "attribute " + attribute.getName() + " of " + kind.getName();
            if (targetAttribute == null) {
                refuse(set, name);
            } else if (!fits(object.eGet(attribute), attribute, targetAttribute)) {
                refuse(set, name + " as " + CorpusSchema.typeOf(targetAttribute) + (targetAttribute.isMany() ? "" : ", one value"));
            } else if (!targetAttribute.getName().equals(attribute.getName())) {
                renames.merge(name + " \u2192 " + targetAttribute.getName(), 1, Integer::sum);
                renamed = true;
            }
        }
        // A new namespace is a rename of every kind in the files: they name their kinds by it. A reference names
        // its target's kind too, so a file referring to a renamed kind's annotation is rewritten as well.
        if (renamed || !next.getNsURI().equals(kind.getEPackage().getNsURI()) || refersToRenamed(object)) {
            affected.add(set);
        }
    }

    private boolean refersToRenamed(EObject object) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || !object.eIsSet(reference)) {
                continue;
            }
            List<?> values = reference.isMany() ? (List<?>) object.eGet(reference) : List.of(object.eGet(reference));
            for (Object value : values) {
                EClass kind = ((EObject) value).eClass();
                EClass target = kind.getEPackage() == next || !SchemaRules.isSchema(kind.getEPackage()) ? null : counterpart(kind);
                if (target != null && !target.getName().equals(kind.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(AnnotationSet set, String what) {
        UseCount use = refused.computeIfAbsent(what, w -> new UseCount());
        use.count++;
        use.files.add(corpus.layout().root().relativize(AnnotationStore.fileOf(corpus.layout(), set)));
    }

    private static final class UseCount {
        int count;
        final Set<Path> files = new TreeSet<>();
    }

    private EClass counterpart(EClass kind) {
        return (EClass) counterpart(next.getEClassifiers().stream().filter(EClass.class::isInstance).map(ENamedElement.class::cast).toList(), kind.getName());
    }

    private static EStructuralFeature counterpart(EClass target, EStructuralFeature attribute) {
        return (EStructuralFeature) counterpart(CorpusSchema.attributesOf(target).stream().map(ENamedElement.class::cast).toList(), attribute.getName());
    }

    /** The element of {@code candidates} named {@code name}, or the one renamed from it. */
    private static ENamedElement counterpart(List<ENamedElement> candidates, String name) {
        for (ENamedElement candidate : candidates) {
            if (candidate.getName().equals(name)) {
                return candidate;
            }
        }
        for (ENamedElement candidate : candidates) {
            if (name.equals(renamedFrom(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String renamedFrom(EModelElement element) {
        EAnnotation annotation = element.getEAnnotation(CorpusSchema.SOURCE);
        return annotation == null ? null : annotation.getDetails().get(RENAMED_FROM);
    }

    /** Whether every value of {@code attribute} can be a value of {@code target}. */
    private static boolean fits(Object value, EStructuralFeature attribute, EStructuralFeature target) {
        List<?> values = attribute.isMany() ? (List<?>) value : List.of(value);
        if (!target.isMany() && values.size() > 1) {
            return false;
        }
        for (Object one : values) {
            if (convert(one, attribute, target, Map.of()) == null) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} as a value of {@code target}, or null when it cannot be one. */
    private static Object convert(Object value, EStructuralFeature attribute, EStructuralFeature target, Map<EObject, EObject> replaced) {
        if (attribute instanceof EReference) {
            if (!(target instanceof EReference reference)) {
                return null;
            }
            EObject object = replaced.getOrDefault((EObject) value, (EObject) value);
            return reference.getEReferenceType().isSuperTypeOf(object.eClass()) || isCounterpart(reference.getEReferenceType(), object.eClass()) ? object : null;
        }
        if (target.getEType() instanceof EEnum tagSet) {
            EEnumLiteral literal = tagSet.getEEnumLiteralByLiteral(String.valueOf(value));
            return literal == null ? null : literal.getInstance();
        }
        if (!(target.getEType() instanceof EDataType type) || target instanceof EReference) {
            return null;
        }
        String text = value instanceof EEnumLiteral literal ? literal.getLiteral()
                : EcoreUtil.convertToString((EDataType) attribute.getEType(), value);
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException notOfThisType) {
            return null;
        }
    }

    /** Whether {@code target}, of the new schema, is what {@code old} is called now: a reference to an old kind's annotation fits it. */
    private static boolean isCounterpart(EClass target, EClass old) {
        return target.getName().equals(old.getName()) || old.getName().equals(renamedFrom(target));
    }

    /**
     * Writes the change: the rewritten annotation files as one step (refused as a whole if any of them changed
     * since it was read), then the new schema file as {@code schemaBytes}, and the corpus description if the
     * corpus had no schema before.
     *
     * @throws IllegalStateException if anything is {@linkplain #refused() refused}
     */
    public void apply(byte[] schemaBytes) throws IOException {
        if (!refused.isEmpty()) {
            throw new IllegalStateException("the schema change is refused: " + refused());
        }
        for (AnnotationSet set : affected) {
            EcoreUtil.resolveAll(set); // references to other files point at the annotations that are about to be replaced
        }
        Map<EObject, EObject> replaced = new IdentityHashMap<>();
        for (AnnotationSet set : affected) {
            migrate(set.getAnnotations(), replaced);
            migrate(set.getRelations(), replaced);
        }
        for (Map.Entry<EObject, EObject> entry : replaced.entrySet()) {
            copyValues(entry.getKey(), entry.getValue(), replaced);
        }
        AnnotationStore.saveAll(corpus, List.copyOf(affected));
        String schemaPath = corpus.corpus().getSchema();
        Path schemaFile = corpus.layout().root().resolve(schemaPath == null ? CorpusImporter.SCHEMA_FILE : schemaPath);
        AtomicFiles.write(schemaFile, schemaBytes);
        if (schemaPath == null) {
            corpus.corpus().setSchema(CorpusImporter.SCHEMA_FILE);
            CorpusStore.writeDescription(corpus.corpus(), corpus.layout().description());
        }
    }

    /**
     * Annotations and relations made under another schema (an import's) as annotations and relations of
     * {@code next}'s kinds of the same names, replaced in place in {@code annotations} and {@code relations}, with
     * their values; a relation's ends follow their annotations. {@code next} must have every kind and attribute
     * they use, as a {@link SchemaMerge} of that schema has.
     */
    public static void carryOver(EPackage next, List<? extends EObject> annotations, List<? extends EObject> relations) {
        SchemaChange change = new SchemaChange(null, next);
        Map<EObject, EObject> replaced = new IdentityHashMap<>();
        change.migrate(annotations, replaced);
        change.migrate(relations, replaced);
        for (Map.Entry<EObject, EObject> entry : replaced.entrySet()) {
            change.copyValues(entry.getKey(), entry.getValue(), replaced);
        }
    }

    /** Replaces every schema object of {@code objects} by one of the new schema's class, in place. */
    private <T extends EObject> void migrate(List<T> objects, Map<EObject, EObject> replaced) {
        for (int i = 0; i < objects.size(); i++) {
            EObject old = objects.get(i);
            EClass target = old.eClass().getEPackage() == next ? null : counterpart(old.eClass());
            if (target != null) {
                @SuppressWarnings("unchecked")
                T made = (T) EcoreUtil.create(target);
                replaced.put(old, made);
                objects.set(i, made);
            }
        }
    }

    /** The model's own features (id, span, note, ends) as they are; the schema's attributes under their new names. */
    private void copyValues(EObject old, EObject made, Map<EObject, EObject> replaced) {
        List<EStructuralFeature> attributes = CorpusSchema.attributesOf(old.eClass());
        for (EStructuralFeature feature : old.eClass().getEAllStructuralFeatures()) {
            if (!old.eIsSet(feature) || feature.isDerived() || !feature.isChangeable()) {
                continue;
            }
            if (!attributes.contains(feature)) {
                Object value = old.eGet(feature);
                made.eSet(feature, value instanceof EObject object ? replaced.getOrDefault(object, object) : value);
                continue;
            }
            EStructuralFeature target = counterpart(made.eClass(), feature);
            if (feature.isMany()) {
                List<Object> values = new ArrayList<>();
                for (Object one : (List<?>) old.eGet(feature)) {
                    values.add(convert(one, feature, target, replaced));
                }
                made.eSet(target, values);
            } else {
                made.eSet(target, convert(old.eGet(feature), feature, target, replaced));
            }
        }
    }
}
