package org.marginalia.rcp;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The standard File, Edit, Window and Help menus of an Eclipse application, with the usual group markers
 * so that plugin.xml contributions (ours and anyone else's) land where they would in the IDE.
 */
final class MarginaliaActionBarAdvisor extends ActionBarAdvisor {

    private static final String ASSIST_GROUP = "group.assist";

    MarginaliaActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(ActionFactory.SAVE.create(window));
        register(ActionFactory.SAVE_ALL.create(window));
        register(ActionFactory.CLOSE.create(window));
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.IMPORT.create(window));
        register(ActionFactory.EXPORT.create(window));
        register(ActionFactory.UNDO.create(window));
        register(ActionFactory.REDO.create(window));
        register(ActionFactory.COPY.create(window));
        register(ActionFactory.PREFERENCES.create(window));
        register(ActionFactory.RESET_PERSPECTIVE.create(window));
        register(ActionFactory.ABOUT.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator());
        file.add(getAction(ActionFactory.CLOSE.getId()));
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_ALL.getId()));
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(getAction(ActionFactory.IMPORT.getId()));
        file.add(getAction(ActionFactory.EXPORT.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator(IWorkbenchActionConstants.MRU));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.COPY.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator());
        window.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        // where the IDE's key assist (Show Active Keybindings, Ctrl+Shift+L) goes
        help.add(new GroupMarker(ASSIST_GROUP));
        help.add(new Separator());
        help.add(getAction(ActionFactory.ABOUT.getId()));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
