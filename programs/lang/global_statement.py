# global statement.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def create():
    global new_name
    new_name = "created inside function"
create()
print(new_name)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
