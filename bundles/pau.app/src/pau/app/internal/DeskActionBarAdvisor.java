package pau.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu skeleton. Other bundles contribute to it through {@code org.eclipse.ui.menus} at the
 * group markers created here ({@code menu:file?after=new}, {@code menu:org.eclipse.ui.main.menu?after=additions}, ...).
 */
public class DeskActionBarAdvisor extends ActionBarAdvisor {

	/** Id of the main menu's "File" menu. */
	public static final String MENU_FILE = IWorkbenchActionConstants.M_FILE;
	/** Id of the "Tools" menu where the offline-mode commands live. */
	public static final String MENU_TOOLS = "pau.menu.tools"; //$NON-NLS-1$

	private IWorkbenchAction quit;
	private IWorkbenchAction about;
	private IWorkbenchAction preferences;
	private IWorkbenchAction save;

	public DeskActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = ActionFactory.QUIT.create(window);
		about = ActionFactory.ABOUT.create(window);
		preferences = ActionFactory.PREFERENCES.create(window);
		save = ActionFactory.SAVE.create(window);
		// The workbench's own action texts have no Russian translation on Maven Central: ours do.
		quit.setText(Messages.Menu_exit);
		about.setText(Messages.Menu_about);
		preferences.setText(Messages.Menu_preferences);
		save.setText(Messages.Menu_save);
		register(quit);
		register(about);
		register(preferences);
		register(save);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, MENU_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(save);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);

		MenuManager tools = new MenuManager(Messages.Menu_tools, MENU_TOOLS);
		tools.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		tools.add(new Separator("preferences")); //$NON-NLS-1$
		tools.add(preferences);
		menuBar.add(tools);

		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		statusLine.add(new DatabaseStatusItem());
	}
}
