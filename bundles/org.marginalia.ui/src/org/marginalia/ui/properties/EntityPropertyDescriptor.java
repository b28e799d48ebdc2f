package org.marginalia.ui.properties;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Entity;

/**
 * An entity-valued property: typed as a name, with content assist over the corpus's entities (names and
 * aliases, on typing or Ctrl+Space). A name no entity has creates one; "Name (organisation)" gives its kind.
 */
final class EntityPropertyDescriptor extends TextPropertyDescriptor {

    private final EntityDirectory entities;

    EntityPropertyDescriptor(Object id, String name, EntityDirectory entities) {
        super(id, name);
        this.entities = entities;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        TextCellEditor editor = new TextCellEditor(parent);
        Text text = (Text) editor.getControl();
        ContentProposalAdapter assist = new ContentProposalAdapter(text, new TextContentAdapter(),
                (contents, position) -> entities.matching(contents.substring(0, position)).stream()
                        .map(EntityPropertyDescriptor::proposal).toArray(IContentProposal[]::new),
                KeyStroke.getInstance(SWT.CTRL, ' '), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray());
        assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        if (getValidator() != null) {
            editor.setValidator(getValidator());
        }
        return editor;
    }

    private static IContentProposal proposal(Entity entity) {
        String aliases = entity.getAliases().isEmpty() ? "" : " (" + String.join(", ", entity.getAliases()) + ")";
        return new ContentProposal(entity.getName(), entity.getName() + aliases + " \u00b7 " + entity.getKind().getLiteral(), null);
    }
}
