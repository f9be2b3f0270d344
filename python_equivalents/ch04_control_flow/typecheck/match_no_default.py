# FizzBuzz's match without `case _`: 7 matches no case and the function falls off its end.
def fizzbuzz(n: int) -> str:
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
