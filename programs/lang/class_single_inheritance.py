# Single inheritance: overriding, extending, inherited attributes.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Fish(Animal):
    pass
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1), Fish("Nemo")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, p.name, p.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Fish))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
