/** Loads every TFLite op category into the registry. */
import './array.js';
import './control.js';
import './list.js';
import './math.js';
import './nn.js';
import './rnn.js';
