# BaseException.add_note(): notes are kept in __notes__ and printed after the
# exception's line in a traceback (Python 3.11).
e = ValueError("x")
e.add_note("note1")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError:", t)
def fail():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
try:
    fail()
except ZeroDivisionError as z:
    print(z.__notes__)
raise e
