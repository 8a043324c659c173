# ImportError for a missing name in an existing (built-in) module.
import sys
print(sys.platform)
from sys import does_not_exist
