# ModuleNotFoundError for an unknown module.
print("importing")
import no_such_module_here
print("not reached")
