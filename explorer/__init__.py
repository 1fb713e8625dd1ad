"""Where is it cheapest to put AI compute, in orbit or on the ground, and when does that change?"""

__version__ = "0.1.0"
