/** Loads every TFLite op category into the registry. */
import './array.js';
import './math.js';
import './nn.js';
