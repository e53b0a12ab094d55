/**
 * The ribbon's function file (FunctionFile in manifest.xml). The one ribbon button opens the task pane
 * through a ShowTaskpane action, so no command function is registered here; Office still needs the file to
 * initialise office.js.
 */
import { whenOfficeReady } from '../office/host';

void whenOfficeReady();
