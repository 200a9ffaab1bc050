import { describe, expect, it } from 'vitest';
import { toFormValues, toPayload } from './convert';
import { POOL_PARAMETERS } from './pool';
import { wireConnectionSchema, type WireConnection } from './wire';
import foodmart2Body from './__fixtures__/foodmart2.json';

const poolParameters = POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({ parameter, defaultValue, description }));
const foodmart2: WireConnection = wireConnectionSchema.parse(foodmart2Body);

describe('the example body of modify-a-connection.md', () => {
  it('round-trips to exactly itself', () => {
    expect(toPayload(toFormValues(foodmart2, poolParameters), foodmart2)).toStrictEqual(foodmart2Body);
  });
});
