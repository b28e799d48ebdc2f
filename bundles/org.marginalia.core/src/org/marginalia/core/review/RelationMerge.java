package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;

/**
 * Relations in the review, diffed by their two ends: the analysts' relations that start in one document are
 * lined up by their ends (each end its document, kind and span), and at each pair of ends the relation kinds and
 * attributes the analysts chose are the configurations, as for annotations. A relation a strategy takes is
 * copied into the curated set of its governor's document once both its ends are curated (the same kind at the
 * same span, within the tolerance), pointing at the curated annotations.
 */
public final class RelationMerge {

    /** One end of a relation: where it points, independent of who annotated it. */
    public record End(String documentId, String kind, int begin, int end) {
        static End of(Annotation annotation) {
            AnnotationSet set = (AnnotationSet) annotation.eContainer();
            return new End(set.getDocument().getId(), annotation.eClass().getName(), annotation.getBegin(), annotation.getEnd());
        }

        @Override
        public String toString() {
            return kind + " [" + begin + ", " + end + ") in " + documentId;
        }
    }

    /** A pair of ends and what each analyst linked them with. */
    public record Position(End governor, End dependent, Map<String, List<Relation>> byConfiguration) {
        public List<Set<String>> groups() {
            List<Set<String>> groups = new ArrayList<>();
            byConfiguration.values().forEach(relations -> groups.add(analysts(relations)));
            return groups;
        }

        public Set<String> analysts() {
            Set<String> all = new TreeSet<>();
            byConfiguration.values().forEach(relations -> all.addAll(analysts(relations)));
            return all;
        }

        private static Set<String> analysts(List<Relation> relations) {
            Set<String> analysts = new TreeSet<>();
            relations.forEach(r -> analysts.add(((AnnotationSet) r.eContainer()).getAnalystId()));
            return analysts;
        }
    }

    /** What a merge does with the relations of one document: the command adding those taken, and those left with why. */
    public record Outcome(List<Relation> merged, List<String> left, Optional<Command> command) {
    }

    private RelationMerge() {
    }

    /** The relations of {@code analystSets} (one document's), lined up by their two ends, in text order. */
    public static List<Position> positions(List<AnnotationSet> analystSets) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (AnnotationSet set : analystSets) {
            if (set.isCurated()) {
                continue;
            }
            for (Relation relation : set.getRelations()) {
                if (relation.getGovernor() == null || relation.getDependent() == null || relation.getDependent().eIsProxy()
                        || !(relation.getDependent().eContainer() instanceof AnnotationSet)) {
                    continue; // an end that cannot be read is the loader's problem to report
                }
                End governor = End.of(relation.getGovernor());
                End dependent = End.of(relation.getDependent());
                Position position = positions.computeIfAbsent(governor + "|" + dependent, k -> new Position(governor, dependent, new LinkedHashMap<>()));
                position.byConfiguration().computeIfAbsent(configuration(relation), k -> new ArrayList<>()).add(relation);
            }
        }
        List<Position> ordered = new ArrayList<>(positions.values());
        ordered.sort((a, b) -> a.governor().begin() != b.governor().begin() ? Integer.compare(a.governor().begin(), b.governor().begin())
                : Integer.compare(a.dependent().begin(), b.dependent().begin()));
        return ordered;
    }

    /** A relation's kind and attributes, what analysts agree or disagree on at one pair of ends. */
    private static String configuration(Relation relation) {
        StringBuilder configuration = new StringBuilder(relation.eClass().getName());
        for (EStructuralFeature attribute : CorpusSchema.attributesOf(relation.eClass())) {
            configuration.append('|').append(AttributeValues.text(relation, attribute));
        }
        return configuration.toString();
    }

    /**
     * Adds to {@code curated} (the curated set of the document the relations start in) the relations
     * {@code strategy} takes among {@code analystSets}, once their ends are curated: the dependent's in
     * {@code curatedByDocument} when it lies in another document. Relations curated already are not added twice;
     * nothing changes until the outcome's command is executed.
     */
    public static Outcome apply(EditingDomain domain, List<AnnotationSet> analystSets, MergeStrategy strategy, int tolerance,
            AnnotationSet curated, Map<String, AnnotationSet> curatedByDocument) {
        int analystCount = (int) analystSets.stream().filter(s -> !s.isCurated()).map(AnnotationSet::getAnalystId).distinct().count();
        List<Relation> merged = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Position position : positions(analystSets)) {
            List<String> configurations = List.copyOf(position.byConfiguration().keySet());
            Optional<Integer> chosen = strategy.chooseGroup(position.groups(), analystCount);
            String where = position.governor() + " \u2192 " + position.dependent();
            if (chosen.isEmpty()) {
                left.add(where + ": " + configurations.size() + (configurations.size() == 1 ? " version by " : " versions by ") + position.analysts());
                continue;
            }
            Relation template = position.byConfiguration().get(configurations.get(chosen.get())).get(0);
            Optional<Annotation> governor = curatedAt(curated, position.governor(), tolerance);
            AnnotationSet dependentSet = position.dependent().documentId().equals(position.governor().documentId()) ? curated
                    : curatedByDocument.get(position.dependent().documentId());
            Optional<Annotation> dependent = dependentSet == null ? Optional.empty() : curatedAt(dependentSet, position.dependent(), tolerance);
            if (governor.isEmpty() || dependent.isEmpty()) {
                left.add(where + ": taken by the strategy, but its " + (governor.isEmpty() ? "governor" : "dependent") + " is not curated yet");
                continue;
            }
            boolean there = curated.getRelations().stream().anyMatch(r -> r.eClass() == template.eClass() && r.getGovernor() == governor.get()
                    && r.getDependent() == dependent.get());
            if (!there) {
                Relation copy = EcoreUtil.copy(template);
                copy.setId("curated-" + EcoreUtil.generateUUID());
                copy.setOrigin(Origin.MERGED);
                copy.setGovernor(governor.get());
                copy.setDependent(dependent.get());
                merged.add(copy);
            }
        }
        Optional<Command> add = merged.isEmpty() ? Optional.empty()
                : Optional.of(AddCommand.create(domain, curated, MarginaliaPackage.eINSTANCE.getAnnotationSet_Relations(), merged));
        return new Outcome(merged, left, add);
    }

    private static Optional<Annotation> curatedAt(AnnotationSet curated, End end, int tolerance) {
        return curated.getAnnotations().stream().filter(a -> a.eClass().getName().equals(end.kind())
                && Math.abs(a.getBegin() - end.begin()) <= tolerance && Math.abs(a.getEnd() - end.end()) <= tolerance).findFirst();
    }
}
