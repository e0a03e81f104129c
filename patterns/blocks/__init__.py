"""Shared drafting blocks (bodice, sleeve) that garments extend."""
