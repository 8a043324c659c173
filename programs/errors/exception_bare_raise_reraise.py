# A bare raise re-raises the exception with its original traceback.
def risky():
    return {}["missing"]

def wrapper():
    try:
        risky()
    except KeyError:
        print("logging the error, then re-raising")
        raise

wrapper()
