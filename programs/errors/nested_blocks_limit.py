# CPython allows at most 20 nested blocks (loops, try, with): a 21st level is a
# SyntaxError, found before compiling (each finally body is compiled twice).
def f():
    x = 0
    try:
        x += 1
    finally:
        try:
            x += 1
        finally:
            try:
                x += 1
            finally:
                try:
                    x += 1
                finally:
                    try:
                        x += 1
                    finally:
                        try:
                            x += 1
                        finally:
                            try:
                                x += 1
                            finally:
                                try:
                                    x += 1
                                finally:
                                    try:
                                        x += 1
                                    finally:
                                        try:
                                            x += 1
                                        finally:
                                            try:
                                                x += 1
                                            finally:
                                                try:
                                                    x += 1
                                                finally:
                                                    try:
                                                        x += 1
                                                    finally:
                                                        try:
                                                            x += 1
                                                        finally:
                                                            try:
                                                                x += 1
                                                            finally:
                                                                try:
                                                                    x += 1
                                                                finally:
                                                                    try:
                                                                        x += 1
                                                                    finally:
                                                                        try:
                                                                            x += 1
                                                                        finally:
                                                                            try:
                                                                                x += 1
                                                                            finally:
                                                                                try:
                                                                                    x += 1
                                                                                finally:
                                                                                    try:
                                                                                        x += 1
                                                                                    finally:
                                                                                        x += 1
    return x
print(f())
