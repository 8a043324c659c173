# NameError for a misspelled builtin, with a suggestion.
def main():
    prnt("hello")

main()
