# sys.version_info, sys.platform, sys.maxsize and friends.
import sys
print(sys.version_info[:2])
print(sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11))
print(sys.platform)
print(type(sys.version).__name__, sys.version.startswith("3.11"))
print("sys" in sys.modules, "__main__" in sys.modules)
print(tuple(sys.version_info)[:2] == sys.version_info[:2])
