# TypeError from calling a method with the wrong number of arguments (self counts).
class Greeter:
    def greet(self, name):
        return "hi " + name

g = Greeter()
print(g.greet("ann"))
print(g.greet("ann", "bob"))
