// Imports every importable module once, for the side effect of registering
// it (see registry.ts). The process setup imports this file; nothing else
// needs to know which modules exist.

import './sys.js';
import './time.js';
import './math.js';
import './string.js';
import './operator.js';
import './itertools.js';
import './collections.js';
import './collections-abc.js';
import './functools.js';
import './random.js';
import './threading.js';
import './queue.js';
import './os.js';
import './multiprocessing.js';
import './inspect.js';
import './asyncio.js';
import './pygil.js';
import './traceback.js';
import './dataclasses.js';
import './typing.js';
import './contextlib-abc.js';
import './copy.js';
import './enum.js';
import './heapq-bisect.js';
import './statistics.js';
import './datetime.js';
import './io.js';
import './json.js';
import './concurrent-futures.js';
import './dis.js';
import './atexit.js';
import './logging.js';
