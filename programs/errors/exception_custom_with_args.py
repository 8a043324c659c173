# Uncaught custom exception class with several args.
class ValidationError(Exception):
    pass

class Validator:
    def check(self, field, value):
        if not value:
            raise ValidationError(field, "must not be empty", 422)
        return value

v = Validator()
print(v.check("name", "Ann"))
v.check("email", "")
