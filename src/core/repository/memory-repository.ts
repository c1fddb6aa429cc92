import type { Element } from "../element/types.js";
import { admitElement } from "./admit-element.js";
import {
  type ElementChange,
  type ElementFilter,
  type ElementRepository,
  RepositoryError,
  type ValidateElementText,
} from "./element-repository.js";
import { selectElements } from "./select-elements.js";

/**
 * Elements in a Map, for tests and embedding. Each method runs to completion synchronously inside its
 * promise, so calls never interleave.
 */
export class MemoryElementRepository implements ElementRepository {
  private readonly elements = new Map<string, Element>();

  constructor(private readonly validate?: ValidateElementText) {}

  async create(element: Element): Promise<Element> {
    return this.insert([element])[0] ?? element;
  }

  async getById(id: string): Promise<Element | undefined> {
    const element = this.elements.get(id);
    return element && structuredClone(element);
  }

  async update(id: string, change: ElementChange): Promise<Element> {
    const current = this.elements.get(id);
    if (!current) throw new RepositoryError("not-found", `no element with id "${id}" to update`);
    const next = structuredClone(typeof change === "function" ? change(structuredClone(current)) : change);
    admitElement(next, this.validate, `${next.metadata.id}.yaml`);
    const newId = next.metadata.id;
    if (newId !== id && this.elements.has(newId)) {
      throw new RepositoryError("duplicate-id", `cannot rename "${id}" to "${newId}": that id is taken`);
    }
    this.elements.delete(id);
    this.elements.set(newId, next);
    return structuredClone(next);
  }

  async delete(id: string): Promise<boolean> {
    return this.elements.delete(id);
  }

  async exists(id: string): Promise<boolean> {
    return this.elements.has(id);
  }

  async list(filter?: ElementFilter): Promise<Element[]> {
    return selectElements(this.elements.values(), filter).map((e) => structuredClone(e));
  }

  async batchCreate(elements: readonly Element[]): Promise<Element[]> {
    return this.insert(elements);
  }

  /** Checks the whole batch before storing any of it. */
  private insert(elements: readonly Element[]): Element[] {
    const copies = elements.map((e) => structuredClone(e));
    const ids = new Set<string>();
    for (const element of copies) {
      admitElement(element, this.validate, `${element.metadata.id}.yaml`);
      const id = element.metadata.id;
      if (this.elements.has(id) || ids.has(id))
        throw new RepositoryError("duplicate-id", `an element with id "${id}" already exists`);
      ids.add(id);
    }
    for (const element of copies) this.elements.set(element.metadata.id, element);
    return copies.map((e) => structuredClone(e));
  }
}
