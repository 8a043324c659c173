# Uncaught NameError for a name that was never defined.
def greet(name):
    message = "Hello, " + name
    return mesage_text

def main():
    print("starting")
    print(greet("world"))

main()
