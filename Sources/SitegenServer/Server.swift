import Sitegen
