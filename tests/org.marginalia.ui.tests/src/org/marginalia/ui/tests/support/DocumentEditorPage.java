package org.marginalia.ui.tests.support;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.marginalia.core.edit.Span;
import org.marginalia.model.Annotation;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.properties.AnnotationPropertySource;

/** An open document editor, seen through its widgets, its key bindings and its Properties. */
public final class DocumentEditorPage {

    private final DocumentEditor editor;

    DocumentEditorPage(DocumentEditor editor) {
        this.editor = editor;
    }

    public DocumentEditor editor() {
        return editor;
    }

    public String text() {
        return UI.call(editor::documentText);
    }

    public boolean isEditable() {
        return UI.call(() -> editor.getTextWidget().getEditable());
    }

    public String title() {
        return UI.call(editor::getPartName);
    }

    public String documentId() {
        return UI.call(() -> editor.getDocumentInput().getDocument().getId());
    }

    public boolean isDirty() {
        return UI.call(editor::isDirty);
    }

    /** The legend's chips as shown, e.g. "Quote  2  [Q]", separated by " | ". */
    public String legend() {
        return UI.call(editor::legendText);
    }

    public String bannerText() {
        return UI.call(editor::bannerText);
    }

    public String analyst() {
        return UI.call(() -> editor.getAnnotationSet().getAnalystId());
    }

    public List<Annotation> annotations() {
        return UI.call(() -> List.copyOf(editor.getAnnotationSet().getAnnotations()));
    }

    public Annotation selectedAnnotation() {
        return UI.call(editor::getSelectedAnnotation);
    }

    /** Selects [begin, end) (document offsets) as a mouse drag would, firing the widget's selection event. */
    public void select(int begin, int end) {
        UI.run(() -> {
            editor.getViewer().select(begin, end);
            Event event = new Event();
            event.x = begin;
            event.y = end;
            editor.getTextWidget().notifyListeners(SWT.Selection, event);
        });
    }

    /** Selects the {@code occurrence}-th appearance of {@code phrase}, trimmed by {@code inset} characters at each end. */
    public void selectPhrase(String phrase, int inset) {
        int begin = text().indexOf(phrase);
        if (begin < 0) {
            throw new AssertionError("'" + phrase + "' is not in the text");
        }
        select(begin + inset, begin + phrase.length() - inset);
    }

    public void caretAt(int offset) {
        select(offset, offset);
    }

    /** What the text widget shows, which may differ from the document: long lines are shown broken. */
    /** The selected document characters (not the widget's, which shows display breaks). */
    public String selectedText() {
        return UI.call(() -> {
            Span selection = editor.getViewer().selection();
            return editor.documentText().substring(selection.begin(), selection.end());
        });
    }

    public String shownText() {
        return UI.call(() -> editor.getTextWidget().getText());
    }

    /** The text on the clipboard. */
    public String clipboard() {
        return UI.call(() -> {
            Clipboard clipboard = new Clipboard(UI.display());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        });
    }

    /** Types {@code phrase} into the open find bar and presses Enter there (Shift+Enter when going back). */
    public void find(String phrase) {
        Text field = UI.call(editor::getFindField);
        UI.waitUntil("the find bar", () -> field.isVisible() && field.isFocusControl());
        UI.run(() -> field.setText(phrase));
        Keyboard.press(field, '\r', false);
    }

    /** Types a key in the text: the workbench dispatches it to whatever command it is bound to. */
    public void press(char key) {
        Keyboard.press(UI.call(editor::getTextWidget), key, false);
    }

    public void pressCtrlShift(char key) {
        Keyboard.press(UI.call(editor::getTextWidget), key, true, true);
    }

    public void pressCtrl(char key) {
        Keyboard.press(UI.call(editor::getTextWidget), key, true);
    }

    /** Types into the text through a key event sent to the widget alone (no workbench bindings). */
    public void type(char character) {
        UI.run(() -> {
            Event event = new Event();
            event.character = character;
            event.keyCode = character;
            editor.getTextWidget().setFocus();
            editor.getTextWidget().notifyListeners(SWT.KeyDown, event);
        });
    }

    /** Runs a workbench command as its menu item would (Edit > Undo, ...). */
    public void command(String commandId) {
        new WorkbenchPage().command(commandId);
    }

    // ---- the Properties view's view of the selected annotation ----

    private AnnotationPropertySource properties() {
        Annotation selected = selectedAnnotation();
        if (selected == null) {
            throw new AssertionError("no annotation is selected");
        }
        return new AnnotationPropertySource(selected, editor);
    }

    private IPropertyDescriptor descriptor(AnnotationPropertySource source, String name) {
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals(name)) {
                return descriptor;
            }
        }
        throw new AssertionError("no property '" + name + "'");
    }

    /** What the Properties view's status line says of the property: its type, and the values it offers. */
    public String propertyDescription(String name) {
        return UI.call(() -> descriptor(properties(), name).getDescription());
    }

    public String property(String name) {
        return UI.call(() -> {
            AnnotationPropertySource source = properties();
            return String.valueOf(source.getPropertyValue(descriptor(source, name).getId()));
        });
    }

    /** What the property's cell editor says about {@code value}: an error message, or null if it accepts it. */
    public String validate(String name, String value) {
        return UI.call(() -> {
            Shell shell = new Shell(editor.getSite().getShell());
            try {
                CellEditor cellEditor = descriptor(properties(), name).createPropertyEditor(shell);
                ICellEditorValidator validator = cellEditor.getValidator();
                return validator == null ? null : validator.isValid(value);
            } finally {
                shell.dispose();
            }
        });
    }

    /** Applies a value as the Properties view does when its cell editor is applied. */
    public void setProperty(String name, Object value) {
        UI.run(() -> {
            AnnotationPropertySource source = properties();
            source.setPropertyValue(descriptor(source, name).getId(), value);
        });
    }

    public long count(EClass kind) {
        return annotations().stream().filter(a -> a.eClass() == kind).count();
    }
}
