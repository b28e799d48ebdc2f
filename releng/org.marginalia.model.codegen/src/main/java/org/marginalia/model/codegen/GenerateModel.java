package org.marginalia.model.codegen;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside Eclipse: reads {@code model/marginalia.ecore}, writes a
 * complete {@code model/marginalia.genmodel} and regenerates {@code src-gen/}. Hand-written code lives
 * in {@code src/} and is never touched.
 */
public final class GenerateModel {

    private static final String PLUGIN_ID = "org.marginalia.model";

    public static void main(String[] args) {
        File bundle = new File(args[0]).getAbsoluteFile();
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // The generator addresses files as platform:/resource/<plugin>/..., which outside Eclipse must map to disk.
        resources.getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI("/" + PLUGIN_ID + "/", true),
                URI.createFileURI(bundle.getPath() + "/"));

        Resource ecore = resources.getResource(URI.createPlatformResourceURI("/" + PLUGIN_ID + "/model/marginalia.ecore", true), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelName("Marginalia");
        genModel.setModelPluginID(PLUGIN_ID);
        genModel.setModelDirectory("/" + PLUGIN_ID + "/src-gen");
        genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setSuppressEMFModelTags(true);
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setCopyrightFields(false);
        genModel.setCodeFormatting(false);
        genModel.getForeignModel().add("marginalia.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Marginalia");
        genPackage.setBasePackage("org.marginalia");

        Resource genResource = resources.createResource(URI.createPlatformResourceURI("/" + PLUGIN_ID + "/model/marginalia.genmodel", true));
        genResource.getContents().add(genModel);
        try {
            genResource.save(Map.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write the genmodel", e);
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
        if (result.getSeverity() >= Diagnostic.ERROR) {
            System.err.println(result);
            System.exit(1);
        }
        System.out.println("generated " + bundle + "/src-gen");
    }
}
