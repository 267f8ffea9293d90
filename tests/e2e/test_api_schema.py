"""schemathesis against the live server's /openapi.json with an admin key: no answer is a 5xx.

Driven from one test (schemathesis' pytest plugin does not run with this pytest): each operation's
strategy generates requests, positive and negative, ``MAX_EXAMPLES`` of each per operation.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from tests import api_fixtures
from tests.api_fixtures import Api

api = api_fixtures.api
MAX_EXAMPLES = 15


@pytest.mark.slow
def test_no_operation_answers_a_server_error(api: Api) -> None:
    """Generated requests to every operation, with a live admin key, never get a 5xx."""
    schema = schemathesis.openapi.from_url(f"{api.url}/openapi.json")
    headers = {"Authorization": f"Bearer {api.keys['admin']}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=MAX_EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case: schemathesis.Case) -> None:
                response = case.call(base_url=api.url, headers=headers)
                case.validate_response(response, checks=[not_a_server_error])

            try:
                check()
            except Unsatisfiable:
                assert mode == GenerationMode.NEGATIVE  # nothing to get wrong: an operation without inputs
    assert len(operations) >= 14
