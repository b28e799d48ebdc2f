package org.marginalia.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.AnnotationReferences;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.FigureValues;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.CustomSpan;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.QuoteMode;
import org.marginalia.ui.editor.AnnotationDescriptions;

/**
 * An annotation's attributes in the Properties view. Every change runs as a command on the editor's stack,
 * so it is undoable and marks the editor dirty; a figure value that is neither a number nor a date is
 * refused with a message in place.
 */
public final class AnnotationPropertySource implements IPropertySource {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final String[] YES_NO = { "no", "yes" };
    private static final String[] MODES = { QuoteMode.DIRECT.getLiteral(), QuoteMode.REPORTED.getLiteral() };
    private static final Pattern KIND_SUFFIX = Pattern.compile("(.*?)\\s*\\((person|organisation|place|other)\\)\\s*");
    private static final String TEXT = "text";
    private static final String KIND = "kind";
    private static final String SPAN = "span";

    private final Annotation annotation;
    private final AnnotationEditing editor;

    public AnnotationPropertySource(Annotation annotation, AnnotationEditing editor) {
        this.annotation = annotation;
        this.editor = editor;
    }

    @Override
    public Object getEditableValue() {
        return annotation;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        descriptors.add(readOnly(KIND, "Kind"));
        descriptors.add(readOnly(TEXT, "Text"));
        descriptors.add(readOnly(SPAN, "Offsets"));
        descriptors.add(readOnly(M.getAnnotation_Origin(), "Origin"));
        descriptors.add(text(M.getAnnotation_Note(), "Note"));
        EntityDirectory entities = editor.entities();
        if (annotation instanceof CustomSpan) {
            // A kind of the corpus's schema: an editor per attribute, from the schema itself.
            CorpusSchema.attributesOf(annotation.eClass()).forEach(attribute -> descriptors.add(SchemaAttributes.descriptor(annotation, attribute, entities)));
        } else switch (annotation.eClass().getName()) {
            case "Quote" -> {
                descriptors.add(entity(M.getQuote_Speaker(), "Speaker", entities));
                descriptors.add(category(new ComboBoxPropertyDescriptor(M.getQuote_Mode(), "Direct or reported", MODES)));
                descriptors.add(text(M.getQuote_Cue(), "Cue verb"));
            }
            case "Figure" -> {
                TextPropertyDescriptor value = text(M.getFigure_Value(), "Value");
                value.setValidator(input -> FigureValues.normalise((String) input).error());
                value.setDescription("A number (12,000 or 1.5 million) or a date (2024-11-16, February 2022); stored normalised");
                descriptors.add(value);
                descriptors.add(text(M.getFigure_Unit(), "Unit"));
                descriptors.add(text(M.getFigure_Counts(), "Counts"));
                descriptors.add(category(new ComboBoxPropertyDescriptor(M.getFigure_Approximate(), "Approximate", YES_NO)));
            }
            case "Role" -> {
                descriptors.add(entity(M.getRole_Person(), "Person", entities));
                descriptors.add(text(M.getRole_Title(), "Title"));
                descriptors.add(entity(M.getRole_Affiliation(), "Affiliation", entities));
            }
            default -> descriptors.add(entity(M.getEntityMention_Entity(), "Entity", entities));
        }
        if (!(annotation.eContainer() instanceof AnnotationSet)) {
            // A suggester's proposal: shown, not edited; accepting it (Enter in the text) makes an annotation to edit.
            return descriptors.stream().map(d -> {
                PropertyDescriptor shown = new PropertyDescriptor(d.getId(), d.getDisplayName());
                shown.setCategory("Suggestion (Enter in the text accepts it)");
                return shown;
            }).toArray(IPropertyDescriptor[]::new);
        }
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    private static PropertyDescriptor readOnly(Object id, String name) {
        return category(new PropertyDescriptor(id, name));
    }

    private static TextPropertyDescriptor text(EAttribute attribute, String name) {
        return category(new TextPropertyDescriptor(attribute, name));
    }

    private static EntityPropertyDescriptor entity(EReference reference, String name, EntityDirectory entities) {
        return category(new EntityPropertyDescriptor(reference, name, entities));
    }

    private static <T extends PropertyDescriptor> T category(T descriptor) {
        descriptor.setCategory("Annotation");
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        String text = editor.documentText();
        if (KIND.equals(id)) {
            return AnnotationEdits.label(annotation.eClass());
        }
        if (TEXT.equals(id)) {
            return AnnotationDescriptions.covered(annotation, text == null ? "" : text);
        }
        if (SPAN.equals(id)) {
            return "[" + annotation.getBegin() + ", " + annotation.getEnd() + ")";
        }
        if (id instanceof EAttribute attribute && SchemaAttributes.isSchemaAttribute(attribute)) {
            return SchemaAttributes.value(annotation, attribute);
        }
        EStructuralFeature feature = (EStructuralFeature) id;
        Object value = annotation.eGet(feature);
        if (isAnnotationReference(feature)) {
            return value == null ? 0 : AnnotationReferences.candidates(annotation, (EReference) feature).indexOf(value) + 1;
        }
        if (feature == M.getFigure_Approximate()) {
            return Boolean.TRUE.equals(value) ? 1 : 0;
        }
        if (feature == M.getQuote_Mode()) {
            return ((QuoteMode) value).getValue();
        }
        if (value instanceof Entity entity) {
            return AnnotationDescriptions.name(entity);
        }
        if (feature instanceof EReference && value instanceof List<?> several) {
            return String.join("; ", several.stream().map(one -> one instanceof Entity entity ? entity.getName() : String.valueOf(one)).toList());
        }
        return value == null ? "" : value.toString();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return id instanceof EStructuralFeature feature && annotation.eIsSet(feature);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (id instanceof EStructuralFeature feature && feature != M.getAnnotation_Origin()) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), annotation, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!(id instanceof EStructuralFeature feature) || feature == M.getAnnotation_Origin()) {
            return;
        }
        if (feature instanceof EAttribute attribute && SchemaAttributes.isSchemaAttribute(attribute)) {
            AttributeValues.Parsed parsed = SchemaAttributes.parse(attribute, value);
            if (parsed.isValid()) {
                set(feature, parsed.value() == null && !attribute.isMany() ? SetCommand.UNSET_VALUE : parsed.value());
            }
        } else if (feature == M.getFigure_Approximate()) {
            set(feature, Integer.valueOf(1).equals(value));
        } else if (feature == M.getQuote_Mode()) {
            set(feature, QuoteMode.get((Integer) value));
        } else if (feature == M.getFigure_Value()) {
            FigureValues.Result normalised = FigureValues.normalise((String) value);
            if (normalised.isValid()) {
                set(feature, normalised.value());
            }
        } else if (isAnnotationReference(feature)) {
            int index = (Integer) value;
            List<Annotation> candidates = AnnotationReferences.candidates(annotation, (EReference) feature);
            set(feature, index <= 0 || index > candidates.size() ? SetCommand.UNSET_VALUE : candidates.get(index - 1));
        } else if (feature instanceof EReference reference && reference.isMany()) {
            setEntities(reference, ((String) value).strip());
        } else if (feature instanceof EReference reference) {
            setEntity(reference, ((String) value).strip());
        } else {
            String text = ((String) value).strip();
            set(feature, text.isEmpty() ? null : text);
        }
    }

    /** A schema attribute that refers to one annotation (chosen from a list, not typed). */
    private static boolean isAnnotationReference(EStructuralFeature feature) {
        return feature instanceof EReference reference && !reference.isMany() && SchemaAttributes.isSchemaAttribute(reference)
                && reference.getEReferenceType() != M.getEntity();
    }

    private void set(EStructuralFeature feature, Object value) {
        if (value == SetCommand.UNSET_VALUE && !annotation.eIsSet(feature)) {
            return;
        }
        Object current = annotation.eGet(feature);
        if (value == null ? current != null : !value.equals(current)) {
            editor.execute(SetCommand.create(editor.getEditingDomain(), annotation, feature, value));
        }
    }

    /** Points the reference at the entity of that name, or at a new one kept in the analyst's own set. */
    private void setEntity(EReference reference, String typed) {
        if (typed.isEmpty()) {
            set(reference, null);
            return;
        }
        Matcher withKind = KIND_SUFFIX.matcher(typed);
        String name = withKind.matches() ? withKind.group(1) : typed;
        EntityKind kind = withKind.matches() ? EntityKind.get(withKind.group(2).toLowerCase(Locale.ROOT)) : defaultKind(reference);
        Optional<Entity> known = editor.entities().named(name);
        if (known.isPresent()) {
            Entity entity = known.get();
            boolean byAlias = !entity.getName().equalsIgnoreCase(name);
            if (!byAlias || !withKind.matches()) {
                set(reference, entity);
                if (byAlias) {
                    editor.inform("Linked to " + entity.getName() + ": \"" + name + "\" is one of its aliases. For a new entity, type \""
                            + name + " (" + entity.getKind().getLiteral() + ")\".");
                }
                return;
            }
            // "Tokyo (place)" where Tokyo is only another entity's alias: the typed kind asks for an entity of its own.
            editor.inform("New " + kind.getLiteral() + " " + name + " (\"" + name + "\" is also an alias of " + entity.getName() + ")");
        }
        Entity created = EntityDirectory.newEntity(kind, name);
        AnnotationSet set = (AnnotationSet) annotation.eContainer();
        CompoundCommand command = new CompoundCommand("Set " + reference.getName() + " to new entity " + name);
        command.append(AddCommand.create(editor.getEditingDomain(), set, M.getAnnotationSet_Entities(), created));
        command.append(SetCommand.create(editor.getEditingDomain(), annotation, reference, created));
        editor.execute(command);
    }

    /**
     * Several entities typed as names separated by ";" (names may hold commas): each a known entity by name or
     * alias, or a new one ("Name (kind)" gives its kind), set as one undoable step.
     */
    private void setEntities(EReference reference, String typed) {
        List<Entity> chosen = new ArrayList<>();
        List<Entity> created = new ArrayList<>();
        for (String part : typed.split(";")) {
            String one = part.strip();
            if (one.isEmpty()) {
                continue;
            }
            Matcher withKind = KIND_SUFFIX.matcher(one);
            String name = withKind.matches() ? withKind.group(1) : one;
            Optional<Entity> known = editor.entities().named(name).or(() -> created.stream().filter(e -> e.getName().equalsIgnoreCase(name)).findFirst());
            if (known.isPresent()) {
                chosen.add(known.get());
            } else {
                Entity entity = EntityDirectory.newEntity(withKind.matches() ? EntityKind.get(withKind.group(2).toLowerCase(Locale.ROOT)) : EntityKind.OTHER, name);
                created.add(entity);
                chosen.add(entity);
            }
        }
        CompoundCommand command = new CompoundCommand("Set " + reference.getName());
        if (!created.isEmpty()) {
            command.append(AddCommand.create(editor.getEditingDomain(), annotation.eContainer(), M.getAnnotationSet_Entities(), created));
        }
        command.append(SetCommand.create(editor.getEditingDomain(), annotation, reference, chosen));
        editor.execute(command);
    }

    private static EntityKind defaultKind(EReference reference) {
        if (reference == M.getRole_Affiliation()) {
            return EntityKind.PLACE;
        }
        return reference == M.getEntityMention_Entity() ? EntityKind.OTHER : EntityKind.PERSON;
    }
}
