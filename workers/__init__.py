"""Dramatiq broker set-up, thin actors over ``certledger.pipeline``, the outbox relay, no domain logic."""
