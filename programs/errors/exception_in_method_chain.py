# Traceback through methods of several classes.
class Engine:
    def start(self, fuel):
        if fuel <= 0:
            raise RuntimeError("no fuel")
        return "vroom"

class Car:
    def __init__(self):
        self.engine = Engine()
    def drive(self, fuel):
        return self.engine.start(fuel)

class Driver:
    def commute(self, car):
        print(car.drive(10))
        print(car.drive(0))

Driver().commute(Car())
