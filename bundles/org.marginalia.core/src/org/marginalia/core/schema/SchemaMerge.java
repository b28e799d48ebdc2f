package org.marginalia.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.model.MarginaliaPackage;

/**
 * An imported schema (a brat configuration's, a UIMA type system's) added to a corpus's schema, so that material
 * from another tool can join a corpus that exists: kinds the corpus lacks are added, a kind both have gains the
 * attributes it lacks, a tag set gains its new values, a relation kind's allowed ends widen. Nothing of the
 * corpus's schema is removed or retyped: an attribute that is of another type in the import, or a kind that is
 * a span kind on one side and a relation kind on the other, is a conflict, and nothing is merged.
 */
public final class SchemaMerge {

    /** The merged schema (the working copy, changed in place), whether anything was added, and the conflicts. */
    public record Result(EPackage merged, boolean changed, List<String> conflicts) {
    }

    private static final EClass RELATION = MarginaliaPackage.eINSTANCE.getRelation();

    private final EPackage working;
    private final EPackage incoming;
    private final List<String> conflicts = new ArrayList<>();
    private boolean changed;

    private SchemaMerge(EPackage working, EPackage incoming) {
        this.working = working;
        this.incoming = incoming;
    }

    /** Adds {@code incoming}'s kinds, attributes and values to {@code working} (a working copy of the corpus's schema). */
    public static Result into(EPackage working, EPackage incoming) {
        SchemaMerge merge = new SchemaMerge(working, incoming);
        List<EClassifier> added = merge.addMissingClassifiers();
        for (EClassifier classifier : incoming.getEClassifiers()) {
            EClassifier own = working.getEClassifier(classifier.getName());
            if (!added.contains(own)) {
                merge.mergeInto(own, classifier);
            }
        }
        merge.pointAtOwnClassifiers();
        merge.dropTakenKeys(added);
        if (merge.conflicts.isEmpty()) {
            SchemaRules.check(working).forEach(merge.conflicts::add);
        }
        return new Result(working, merge.changed, List.copyOf(merge.conflicts));
    }

    private List<EClassifier> addMissingClassifiers() {
        List<EClassifier> added = new ArrayList<>();
        for (EClassifier classifier : incoming.getEClassifiers()) {
            if (working.getEClassifier(classifier.getName()) == null) {
                added.add(EcoreUtil.copy(classifier));
            }
        }
        working.getEClassifiers().addAll(added);
        changed |= !added.isEmpty();
        return added;
    }

    private void mergeInto(EClassifier own, EClassifier theirs) {
        if (own instanceof EEnum ownTags && theirs instanceof EEnum theirTags) {
            for (EEnumLiteral value : theirTags.getELiterals()) {
                if (ownTags.getEEnumLiteral(value.getName()) == null && ownTags.getEEnumLiteralByLiteral(value.getLiteral()) == null) {
                    SchemaEdits.addValue(ownTags, value.getName()).setLiteral(value.getLiteral());
                    changed = true;
                }
            }
        } else if (own instanceof EClass ownKind && theirs instanceof EClass theirKind) {
            if (RELATION.isSuperTypeOf(ownKind) != RELATION.isSuperTypeOf(theirKind)) {
                conflicts.add("kind " + own.getName() + " is a " + role(ownKind) + " kind in the corpus and a " + role(theirKind) + " kind in the import");
                return;
            }
            mergeAttributes(ownKind, theirKind);
            widenEnds(ownKind, theirKind, CorpusSchema.GOVERNOR_KINDS);
            widenEnds(ownKind, theirKind, CorpusSchema.DEPENDENT_KINDS);
        } else {
            conflicts.add(own.getName() + " is a " + (own instanceof EEnum ? "tag set" : "kind") + " in the corpus and a "
                    + (theirs instanceof EEnum ? "tag set" : "kind") + " in the import");
        }
    }

    private void mergeAttributes(EClass ownKind, EClass theirKind) {
        for (EStructuralFeature theirs : CorpusSchema.attributesOf(theirKind)) {
            EStructuralFeature own = ownKind.getEStructuralFeature(theirs.getName());
            if (own == null) {
                EStructuralFeature copy = EcoreUtil.copy(theirs);
                copy.setLowerBound(0); // the corpus's annotations of this kind have no value for it
                ownKind.getEStructuralFeatures().add(copy);
                changed = true;
            } else if (!own.getEType().getName().equals(theirs.getEType().getName()) || own.isMany() != theirs.isMany()) {
                conflicts.add("attribute " + theirs.getName() + " of " + ownKind.getName() + " is " + describe(own) + " in the corpus and "
                        + describe(theirs) + " in the import");
            }
        }
    }

    /** An end that allows any kind on either side stays open; otherwise it allows the kinds of both. */
    private void widenEnds(EClass ownKind, EClass theirKind, String end) {
        String own = CorpusSchema.detail(ownKind, end).orElse("");
        String theirs = CorpusSchema.detail(theirKind, end).orElse("");
        if (own.isEmpty()) {
            return;
        }
        if (theirs.isEmpty()) {
            SchemaEdits.setDetail(ownKind, end, null);
            changed = true;
            return;
        }
        Set<String> kinds = new LinkedHashSet<>(List.of(own.split("\\s+")));
        if (kinds.addAll(List.of(theirs.split("\\s+")))) {
            SchemaEdits.setDetail(ownKind, end, String.join(" ", kinds));
            changed = true;
        }
    }

    /** Copied kinds and attributes still refer to the import's classifiers; they are to refer to the corpus's own. */
    private void pointAtOwnClassifiers() {
        for (EClassifier classifier : working.getEClassifiers()) {
            if (!(classifier instanceof EClass kind)) {
                continue;
            }
            for (int i = 0; i < kind.getESuperTypes().size(); i++) {
                EClass superType = kind.getESuperTypes().get(i);
                if (superType.getEPackage() == incoming) {
                    kind.getESuperTypes().set(i, (EClass) working.getEClassifier(superType.getName()));
                }
            }
            for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
                if (feature.getEType() != null && feature.getEType().getEPackage() == incoming) {
                    feature.setEType(working.getEClassifier(feature.getEType().getName()));
                }
            }
        }
    }

    /** A key the corpus gives one of its kinds already is not given to an added kind: the analyst picks another. */
    private void dropTakenKeys(List<EClassifier> added) {
        Set<String> taken = new LinkedHashSet<>();
        for (EClassifier classifier : working.getEClassifiers()) {
            if (classifier instanceof EClass kind && !added.contains(kind)) {
                CorpusSchema.detail(kind, CorpusSchema.KEY).ifPresent(key -> taken.add(key.toUpperCase(Locale.ROOT)));
            }
        }
        for (EClassifier classifier : added) {
            if (classifier instanceof EClass kind) {
                CorpusSchema.detail(kind, CorpusSchema.KEY).ifPresent(key -> {
                    if (!taken.add(key.toUpperCase(Locale.ROOT))) {
                        SchemaEdits.setDetail(kind, CorpusSchema.KEY, null);
                    }
                });
            }
        }
    }

    private static String role(EClass kind) {
        return RELATION.isSuperTypeOf(kind) ? "relation" : "span";
    }

    private static String describe(EStructuralFeature attribute) {
        return CorpusSchema.typeOf(attribute) + (attribute.isMany() ? " with several values" : "");
    }
}
