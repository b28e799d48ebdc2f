package org.marginalia.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaRules;

/**
 * Merges a corpus's schema file by meaning, never as text: kinds and tag sets by name, a kind's attributes and a
 * tag set's values by name within it, each taken from the side that changed it. Two things are never settled
 * silently, and both sides are kept:
 * <ul>
 * <li>something one side removed (a kind, an attribute, a tag-set value) while sets of the merged corpus use it, or
 * while the other side changed it: it stays in the merged schema, so that no set becomes unreadable, and the
 * conflict names the sets that use it; the removal is applied when the analyst chooses it and no set uses it any
 * more;</li>
 * <li>one part both sides changed differently: this clone's version stays, the team's is in its commit (named in
 * the conflict) until the analyst chooses.</li>
 * </ul>
 */
final class SchemaFileMerge {

    record Result(byte[] bytes, List<MergeConflict> conflicts) {
    }

    /** How many sets a conflict names before it says how many more there are. */
    private static final int SETS_NAMED = 5;

    private final String path;
    private final EPackage base;
    private final EPackage ours;
    private final EPackage theirs;
    private final ObjectId ourBlob;
    private final ObjectId theirBlob;
    private final Supplier<SchemaUses> uses;
    private SchemaUses scanned;
    private final EPackage result;
    private final List<MergeConflict> conflicts = new ArrayList<>();

    private SchemaFileMerge(String path, EPackage base, EPackage ours, EPackage theirs, EPackage result, ObjectId ourBlob, ObjectId theirBlob,
            Supplier<SchemaUses> uses) {
        this.path = path;
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.result = result;
        this.ourBlob = ourBlob;
        this.theirBlob = theirBlob;
        this.uses = uses;
    }

    /**
     * @param base the common version, or null when both sides added the file
     * @param uses the uses of the schema by the sets of the merged tree, read only when something was removed
     * @throws IOException when a side is not a schema (it then cannot be merged by meaning)
     */
    static Result merge(String path, byte[] base, byte[] ours, byte[] theirs, ObjectId ourBlob, ObjectId theirBlob,
            Supplier<SchemaUses> uses) throws IOException {
        EPackage ourSchema = read(ours, path, "this clone's version");
        EPackage theirSchema = read(theirs, path, "the team's version");
        SchemaFileMerge merge = new SchemaFileMerge(path, base == null ? null : read(base, path, "the common version"), ourSchema, theirSchema,
                read(ours, path, "this clone's version"), ourBlob, theirBlob, uses);
        merge.mergePackage();
        List<String> broken = SchemaRules.check(merge.result);
        if (!broken.isEmpty()) {
            // Each side's schema passed the rules; their union does not (two kinds given one key): this clone's stays.
            return new Result(ours, List.of(new MergeConflict(path, null, "changed it", "changed it too",
                    "kept your version, since both together break the schema's rules (" + String.join("; ", broken) + ")",
                    new ConflictSubject(ConflictSubject.Kind.FILE, path, null, ourBlob.name(), theirBlob.name()))));
        }
        String merged = SchemaFingerprint.of(merge.result);
        byte[] bytes = merged.equals(SchemaFingerprint.of(ourSchema)) ? ours
                : merged.equals(SchemaFingerprint.of(theirSchema)) ? theirs : SchemaEdits.serialize(merge.result, Path.of(path));
        return new Result(bytes, List.copyOf(merge.conflicts));
    }

    /** Namespaces of every version, to tell the schema's annotations in the sets. */
    static Set<String> namespaces(byte[]... versions) {
        Set<String> namespaces = new LinkedHashSet<>();
        for (byte[] version : versions) {
            try {
                if (version != null) {
                    namespaces.add(read(version, "schema", "a version").getNsURI());
                }
            } catch (IOException e) {
                // a version that is no schema names no namespace; the merge reports it
            }
        }
        return namespaces;
    }

    private void mergePackage() {
        String before = base == null ? null : SchemaFingerprint.definitionOf(base);
        String mine = SchemaFingerprint.definitionOf(ours);
        String their = SchemaFingerprint.definitionOf(theirs);
        if (!Objects.equals(mine, their) && !Objects.equals(before, their)) {
            if (Objects.equals(before, mine)) {
                result.setName(theirs.getName());
                result.setNsURI(theirs.getNsURI());
                result.setNsPrefix(theirs.getNsPrefix());
                result.getEAnnotations().clear();
                result.getEAnnotations().addAll(EcoreUtil.copyAll(theirs.getEAnnotations()));
            } else {
                twoWays(SchemaUnit.PACKAGE_DEFINITION, ours.getNsURI(), theirs.getNsURI());
            }
        }
        mergeUnits(base == null ? null : base.getEClassifiers(), result.getEClassifiers(), ours.getEClassifiers(), theirs.getEClassifiers(), null);
        pointAtOwnClassifiers();
    }

    /**
     * Merges the team's list of units into {@code merged} (this clone's, copied): by name, each from the side that
     * changed it. {@code owner} is the classifier the units belong to, or null for the classifiers themselves.
     */
    private <T extends ENamedElement> void mergeUnits(List<T> baseList, EList<T> merged, List<T> ourList, List<T> theirList, EClassifier owner) {
        Map<String, T> before = byName(baseList);
        Map<String, T> mine = byName(ourList);
        Map<String, T> their = byName(theirList);
        for (T kept : List.copyOf(merged)) {
            String name = kept.getName();
            T b = before.get(name);
            T o = mine.get(name);
            T t = their.get(name);
            SchemaUnit unit = unit(owner, o);
            if (t != null) {
                mergeBoth(b, o, t, kept, merged, unit);
            } else if (b != null && same(b, o)) {
                if (!keptForData(unit, ConflictSubject.THEIRS)) {
                    merged.remove(kept);
                }
            } else if (b != null) {
                conflicts.add(removal(unit, "changed it", "removed it", ConflictSubject.THEIRS, "kept it, with your changes"));
            }
        }
        Set<String> inMerged = byName(merged).keySet();
        for (T t : theirList) {
            String name = t.getName();
            if (inMerged.contains(name)) {
                continue;
            }
            T b = before.get(name);
            SchemaUnit unit = unit(owner, t);
            if (b == null) {
                merged.add(EcoreUtil.copy(t));
            } else if (!same(b, t)) {
                conflicts.add(removal(unit, "removed it", "changed it", ConflictSubject.YOURS, "kept it, with their changes"));
                merged.add(EcoreUtil.copy(t));
            } else if (keptForData(unit, ConflictSubject.YOURS)) {
                merged.add(EcoreUtil.copy(t));
            }
        }
    }

    /**
     * A unit both sides have. A kind or tag set merges part by part even when only one side changed it, since what
     * that side removed from it may be in use; an attribute or value is taken whole from the side that changed it.
     */
    private <T extends ENamedElement> void mergeBoth(T b, T o, T t, T kept, EList<T> merged, SchemaUnit unit) {
        if (same(o, t)) {
            return;
        }
        if (o instanceof EClassifier && o.eClass() == t.eClass()) {
            mergeClassifier((EClassifier) (b != null && b.eClass() == o.eClass() ? b : null), (EClassifier) o, (EClassifier) t, (EClassifier) kept);
        } else if (b != null && same(b, o)) {
            merged.set(merged.indexOf(kept), EcoreUtil.copy(t));
        } else if (b == null || !same(b, t)) {
            twoWays(unit.toString(), describe(o), describe(t));
        } // else only this clone changed it, and its version stands
    }

    /** A kind or tag set both sides changed: its definition and each attribute or value merge on their own. */
    private void mergeClassifier(EClassifier b, EClassifier o, EClassifier t, EClassifier kept) {
        EClassifier merged = kept;
        String before = SchemaFingerprint.definitionOf(b);
        String mine = SchemaFingerprint.definitionOf(o);
        String their = SchemaFingerprint.definitionOf(t);
        if (!Objects.equals(mine, their) && !Objects.equals(before, their)) {
            if (Objects.equals(before, mine)) {
                merged = EcoreUtil.copy(t); // their definition, with this clone's members moved in below
                membersOf(merged).clear();
                membersOf(merged).addAll(List.copyOf(membersOf(kept)));
                result.getEClassifiers().set(result.getEClassifiers().indexOf(kept), merged);
            } else {
                twoWays(SchemaUnit.definitionOf(o).toString(), describe(o), describe(t));
            }
        }
        mergeUnits(b == null ? null : membersOf(b), membersOf(merged), membersOf(o), membersOf(t), merged);
    }

    @SuppressWarnings("unchecked")
    private static EList<ENamedElement> membersOf(EClassifier classifier) {
        return classifier instanceof EEnum tagSet ? (EList<ENamedElement>) (EList<?>) tagSet.getELiterals()
                : (EList<ENamedElement>) (EList<?>) ((EClass) classifier).getEStructuralFeatures();
    }

    /**
     * Something {@code remover} removed and the other side left as it was: kept, and reported, when sets of the
     * merged corpus use it.
     */
    private boolean keptForData(SchemaUnit unit, String remover) {
        EPackage keeping = remover.equals(ConflictSubject.THEIRS) ? ours : theirs;
        Set<String> sets = setsUsing(unit, keeping);
        if (sets.isEmpty()) {
            return false;
        }
        String use = "kept it; " + sets.size() + (sets.size() == 1 ? " set uses it: " : " sets use it: ") + named(sets);
        boolean theyRemoved = remover.equals(ConflictSubject.THEIRS);
        conflicts.add(removal(unit, theyRemoved ? use : "removed it", theyRemoved ? "removed it" : use, remover,
                "kept " + unit + " in the schema, so that no set becomes unreadable; the removal can be chosen once no set uses it"));
        return true;
    }

    /** The sets of the merged corpus that use {@code unit} as {@code schema} defines it. */
    private Set<String> setsUsing(SchemaUnit unit, EPackage schema) {
        ENamedElement element = unit.in(schema);
        if (scanned == null) {
            scanned = uses.get(); // reading every set is the merge's dearest step: once, and only when something was removed
        }
        SchemaUses used = scanned;
        Set<String> sets = new TreeSet<>();
        if (element instanceof EClass kind) {
            sets.addAll(used.ofKinds(kindsOf(kind, schema)));
        } else if (element instanceof EEnum tagSet) {
            for (EStructuralFeature attribute : attributesOfType(tagSet, schema)) {
                sets.addAll(used.ofAttribute(kindsOf(attribute.getEContainingClass(), schema), attribute.getName()));
            }
        } else if (element instanceof EStructuralFeature attribute) {
            sets.addAll(used.ofAttribute(kindsOf(attribute.getEContainingClass(), schema), attribute.getName()));
        } else if (element instanceof EEnumLiteral value) {
            for (EStructuralFeature attribute : attributesOfType(value.getEEnum(), schema)) {
                sets.addAll(used.ofValue(kindsOf(attribute.getEContainingClass(), schema), attribute.getName(), value.getLiteral()));
            }
        }
        return sets;
    }

    /** The kind's name and those of the kinds that extend it: their annotations carry its attributes. */
    private static Collection<String> kindsOf(EClass kind, EPackage schema) {
        List<String> names = new ArrayList<>();
        for (EClassifier classifier : schema.getEClassifiers()) {
            if (classifier instanceof EClass other && (other == kind || other.getEAllSuperTypes().contains(kind))) {
                names.add(other.getName());
            }
        }
        return names;
    }

    private static List<EStructuralFeature> attributesOfType(EEnum tagSet, EPackage schema) {
        List<EStructuralFeature> attributes = new ArrayList<>();
        for (EClassifier classifier : schema.getEClassifiers()) {
            if (classifier instanceof EClass kind) {
                kind.getEStructuralFeatures().stream().filter(attribute -> attribute.getEType() == tagSet).forEach(attributes::add);
            }
        }
        return attributes;
    }

    /**
     * Copied units still refer to the classifiers of the side they came from, and this clone's to classifiers the
     * merge may have removed: each is pointed at the merged schema's classifier of that name. One the merged schema
     * lacks (removed on one side, used by the other's definitions) is kept, and reported.
     */
    private void pointAtOwnClassifiers() {
        for (int i = 0; i < result.getEClassifiers().size(); i++) {
            if (!(result.getEClassifiers().get(i) instanceof EClass kind)) {
                continue;
            }
            for (int s = 0; s < kind.getESuperTypes().size(); s++) {
                EClassifier own = own(kind.getESuperTypes().get(s), kind);
                if (own != kind.getESuperTypes().get(s)) {
                    kind.getESuperTypes().set(s, (EClass) own);
                }
            }
            for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
                EClassifier own = own(feature.getEType(), kind);
                if (own != feature.getEType()) {
                    feature.setEType(own);
                }
            }
        }
    }

    private EClassifier own(EClassifier type, EClass user) {
        if (type == null || type.getEPackage() == result || !isSchemaVersion(type.getEPackage()) && type.getEPackage() != null) {
            return type;
        }
        EClassifier own = result.getEClassifier(type.getName());
        if (own == null) {
            EClassifier source = ours.getEClassifier(type.getName()) != null ? ours.getEClassifier(type.getName()) : theirs.getEClassifier(type.getName());
            own = EcoreUtil.copy(source);
            result.getEClassifiers().add(own);
            boolean theyRemoved = ours.getEClassifier(type.getName()) != null;
            String use = "kept it; kind " + user.getName() + " uses it";
            conflicts.add(removal(SchemaUnit.whole(own), theyRemoved ? use : "removed it", theyRemoved ? "removed it" : use,
                    theyRemoved ? ConflictSubject.THEIRS : ConflictSubject.YOURS, "kept " + SchemaUnit.whole(own) + " in the schema, since "
                            + user.getName() + " refers to it"));
        }
        return own;
    }

    private boolean isSchemaVersion(EPackage ePackage) {
        return ePackage == ours || ePackage == theirs || ePackage == base;
    }

    private MergeConflict removal(SchemaUnit unit, String yours, String theirs, String remover, String kept) {
        return new MergeConflict(path, unit.toString(), yours, theirs, kept,
                new ConflictSubject(ConflictSubject.Kind.SCHEMA_REMOVAL, path, unit.toString(), remover.equals(ConflictSubject.YOURS) ? "removed" : null,
                        remover.equals(ConflictSubject.THEIRS) ? "removed" : null));
    }

    private void twoWays(String unit, String yours, String theirs) {
        conflicts.add(new MergeConflict(path, unit, yours, theirs, "kept yours; theirs is in the merged commit until you choose",
                new ConflictSubject(ConflictSubject.Kind.SCHEMA_TWO_WAYS, path, unit, ourBlob.name(), theirBlob.name())));
    }

    private static SchemaUnit unit(EClassifier owner, ENamedElement element) {
        return owner == null ? SchemaUnit.whole((EClassifier) element) : SchemaUnit.member(owner, element);
    }

    private static boolean same(ENamedElement a, ENamedElement b) {
        return Objects.equals(SchemaFingerprint.of(a), SchemaFingerprint.of(b));
    }

    /** A unit in the analyst's words, to show both sides of a conflict about it. */
    static String describe(ENamedElement element) {
        if (element instanceof EStructuralFeature attribute) {
            return "attribute " + attribute.getName() + " as " + CorpusSchema.typeOf(attribute)
                    + (attribute.isMany() ? " with several values" : "") + details(attribute);
        }
        if (element instanceof EEnumLiteral value) {
            return "value " + value.getName() + (value.getLiteral().equals(value.getName()) ? "" : " written '" + value.getLiteral() + "'") + details(value);
        }
        if (element instanceof EEnum tagSet) {
            return "tag set " + tagSet.getName() + " of " + tagSet.getELiterals().stream().map(ENamedElement::getName).toList() + details(tagSet);
        }
        if (element instanceof EClass kind) {
            return "kind " + kind.getName() + " with " + kind.getEStructuralFeatures().stream().map(ENamedElement::getName).toList() + details(kind);
        }
        return String.valueOf(element == null ? null : element.getName());
    }

    private static String details(EModelElement element) {
        Map<String, String> details = new LinkedHashMap<>();
        element.getEAnnotations().forEach(annotation -> details.putAll(annotation.getDetails().map()));
        return details.isEmpty() ? "" : " " + details;
    }

    private static String named(Set<String> sets) {
        List<String> names = sets.stream().limit(SETS_NAMED).toList();
        return String.join(", ", names) + (sets.size() > SETS_NAMED ? " and " + (sets.size() - SETS_NAMED) + " more" : "");
    }

    private static <T extends ENamedElement> Map<String, T> byName(List<T> list) {
        Map<String, T> map = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(item -> map.putIfAbsent(item.getName(), item));
        }
        return map;
    }

    /** Every version is read into a resource of the same URI, so that references within a schema compare equal across versions. */
    static EPackage read(byte[] bytes, String path, String which) throws IOException {
        ResourceSet resources = CorpusResources.newResourceSet();
        Resource resource = resources.createResource(URI.createURI(path));
        try {
            resource.load(new ByteArrayInputStream(bytes), resources.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IOException(which + " of " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EPackage schema)) {
            throw new IOException(which + " of " + path + " holds no schema");
        }
        return schema;
    }
}
